using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PesTor.Data.Services;

/// <summary>Brings the open database up to this build's schema; a site made by an older build upgrades here.</summary>
internal sealed partial class SchemaMigrator(IServiceScopeFactory scopes, ILogger<SchemaMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PesTorDbContext>();

        // Create the history table up front: asking a new database for pending migrations would otherwise query a
        // table that does not exist yet, which PostgreSQL's provider logs as a failed command.
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers work beside the writer; the mode is stored in the file, so once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var history = db.GetService<IHistoryRepository>();
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        LogMigrating(logger, pending.Count, db.Database.ProviderName ?? "");
        await db.Database.MigrateAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s) to the {Provider} database.")]
    private static partial void LogMigrating(ILogger logger, int count, string provider);
}
