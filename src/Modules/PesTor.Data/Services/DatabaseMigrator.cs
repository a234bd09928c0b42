using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PesTor.Setup;

namespace PesTor.Data.Services;

/// <summary>A set-up site migrates before the server takes requests (hosted services start first).</summary>
internal sealed class DatabaseMigrator(ISiteShell shell, SchemaMigrator migrator, IOptions<DatabaseOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        shell.State == SiteState.Running && options.Value.MigrateOnStart ? migrator.MigrateAsync(cancellationToken) : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
