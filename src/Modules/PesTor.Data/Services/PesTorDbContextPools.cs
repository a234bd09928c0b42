using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace PesTor.Data.Services;

/// <summary>
/// Pooled DbContexts, one pool per context type and connection string. Building a context's options and its internal
/// services afresh for every request (what a plain scoped registration does) was a measurable part of each request's
/// CPU; a pooled context is reset by EF Core when its scope ends (change tracker, open transaction, connection) and
/// handed to the next scope. The options are built the way <c>AddDbContext</c> builds them — every
/// <see cref="IDbContextOptionsConfiguration{TContext}"/> registered (the provider, interceptors, tests' settings) — but
/// once per connection string, against the root services: the database is chosen at setup, so a new connection string
/// starts a new pool instead of the options being fixed at startup.
/// </summary>
internal sealed class PesTorDbContextPools(IServiceProvider root, DatabaseConnection connection)
{
    private readonly ConcurrentDictionary<(Type, string), object> _pools = new();

    public TContext Rent<TContext>()
        where TContext : PesTorDbContext
    {
        var pool = (PooledDbContextFactory<TContext>)_pools.GetOrAdd((typeof(TContext), connection.ConnectionString), _ => new PooledDbContextFactory<TContext>(Options<TContext>()));
        return pool.CreateDbContext();
    }

    private DbContextOptions<TContext> Options<TContext>()
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>(new DbContextOptions<TContext>(new Dictionary<Type, IDbContextOptionsExtension>()));
        builder.UseApplicationServiceProvider(root);
        foreach (var configuration in root.GetServices<IDbContextOptionsConfiguration<TContext>>())
        {
            configuration.Configure(root, builder);
        }

        return builder.Options;
    }
}
