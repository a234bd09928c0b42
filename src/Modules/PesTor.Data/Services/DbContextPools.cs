using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace PesTor.Data.Services;

/// <summary>
/// DbContext options and a pool of contexts per context type and connection string. Building the options runs every
/// registered configuration (provider, interceptors, warnings), and a new context builds its internal service scope on
/// first use — together a measurable share of a small request, and EF Core's locks behind it were contended under load.
/// A pooled context keeps that scope and is reset when the request's scope returns it. The database is still chosen per
/// scope — a setup that switches it gets a pool for the new connection string — and the options are built from the root
/// provider (every service they read is a singleton), never from a scope that ends.
/// </summary>
internal sealed class DbContextPools(IServiceProvider root, DatabaseConnection database)
{
    private readonly ConcurrentDictionary<(Type Context, string ConnectionString), DbContextOptions> _options = new();
    private readonly ConcurrentDictionary<(Type Context, string ConnectionString), object> _pools = new();

    public DbContextOptions<TContext> OptionsFor<TContext>() where TContext : DbContext =>
        (DbContextOptions<TContext>)_options.GetOrAdd((typeof(TContext), database.ConnectionString), _ => Build<TContext>());

    /// <summary>A context from the pool; disposing it (the scope does) hands it back.</summary>
    public TContext Lease<TContext>() where TContext : DbContext =>
        ((PooledDbContextFactory<TContext>)_pools.GetOrAdd(
            (typeof(TContext), database.ConnectionString),
            _ => new PooledDbContextFactory<TContext>(OptionsFor<TContext>()))).CreateDbContext();

    private DbContextOptions<TContext> Build<TContext>() where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>(new DbContextOptions<TContext>());
        builder.UseApplicationServiceProvider(root);

        // AddDbContext registers the configurations as scoped services, so they are taken from a scope of their own (the
        // container refuses scoped services from the root when it validates scopes, as in Development); each then runs
        // against the root provider.
        using var scope = root.CreateScope();
        foreach (var configuration in scope.ServiceProvider.GetServices<IDbContextOptionsConfiguration<TContext>>())
        {
            configuration.Configure(root, builder);
        }

        return builder.Options;
    }
}
