using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace PesTor.Data.Services;

/// <summary>
/// The DbContext options, built once per context type and connection string instead of once per scope: building them runs
/// every registered configuration (provider, interceptors, warnings) and was a measurable share of a small request. The
/// database is still chosen per scope — a setup that switches it gets options for the new connection string — and the
/// options are built from the root provider (every service they read is a singleton), never from a scope that ends.
/// </summary>
internal sealed class ContextOptionsCache(IServiceProvider root, DatabaseConnection database)
{
    private readonly ConcurrentDictionary<(Type Context, string ConnectionString), DbContextOptions> _options = new();

    public DbContextOptions<TContext> For<TContext>() where TContext : DbContext =>
        (DbContextOptions<TContext>)_options.GetOrAdd((typeof(TContext), database.ConnectionString), _ => Build<TContext>());

    private DbContextOptions<TContext> Build<TContext>() where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>(new DbContextOptions<TContext>());
        builder.UseApplicationServiceProvider(root);
        foreach (var configuration in root.GetServices<IDbContextOptionsConfiguration<TContext>>())
        {
            configuration.Configure(root, builder);
        }

        return builder.Options;
    }
}
