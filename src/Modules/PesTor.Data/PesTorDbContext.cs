using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PesTor.Data.Records;
using PesTor.Users;

namespace PesTor.Data;

/// <summary>
/// The one database of a site: content versions, field index tables, the outbox, documents and Identity's tables.
/// Each provider has a subclass with its own migrations (<see cref="SqlitePesTorDbContext"/>, <see cref="PostgresPesTorDbContext"/>).
/// </summary>
public abstract class PesTorDbContext(DbContextOptions options) : IdentityDbContext<PesTorUser, PesTorRole, string>(options)
{
    public DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();

    public DbSet<OutboxMessageRecord> OutboxMessages => Set<OutboxMessageRecord>();

    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PesTorDbContext).Assembly);
        Services.UnicodeLowerFunction.Map(builder, Database);
    }
}
