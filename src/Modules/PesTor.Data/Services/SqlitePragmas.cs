using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PesTor.Data.Services;

/// <summary>
/// Per-connection SQLite settings: WAL lets readers run beside the writer; NORMAL sync is safe under WAL and much faster
/// than FULL; the busy timeout makes a second writer wait instead of failing. SQLite's own LOWER() folds only ASCII, so it
/// is replaced by .NET's invariant lower-casing: "Łączka" matches "łączka" here as it does on PostgreSQL.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

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
        ((SqliteConnection)connection).CreateFunction("lower", (string? value) => value?.ToLowerInvariant(), isDeterministic: true);
}
