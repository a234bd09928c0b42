using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PesTor.Data.Services;

/// <summary>
/// Per-connection SQLite settings, kept to what must be set on every open (it runs for each query): NORMAL sync is safe
/// under WAL (set once, persistently, by the migrator) and much faster than FULL. Waiting on a busy writer is covered by
/// the command timeout, and EF Core turns foreign keys on itself. SQLite's own LOWER() folds only ASCII, so
/// <see cref="UnicodeLower"/> adds .NET's invariant lower-casing: "Łączka" matches "łączka" here as on PostgreSQL.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const string UnicodeLower = "pestor_lower";

    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        AddFunctions(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        AddFunctions(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddFunctions(DbConnection connection) =>
        ((SqliteConnection)connection).CreateFunction(UnicodeLower, (string? value) => value?.ToLowerInvariant(), isDeterministic: true);
}
