using Microsoft.EntityFrameworkCore;

namespace PesTor.Data.Services;

/// <summary>
/// The scope's <see cref="IContentVersion"/>: the newest outbox id, asked of the database on first use and kept for the
/// scope. <see cref="EfOutbox"/> forgets it when the scope writes a message, so a request that changes content and then
/// reads a cache sees its own change.
/// </summary>
internal sealed class ContentVersion(PesTorDbContext db) : IContentVersion
{
    private long? _current;

    public async Task<long> CurrentAsync(CancellationToken cancellationToken = default) =>
        _current ??= await db.OutboxMessages.AsNoTracking().MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;

    public void Forget() => _current = null;
}
