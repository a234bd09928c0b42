using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace PesTor.Data.Services;

/// <summary>
/// Per-connection SQLite settings: NORMAL sync is safe under WAL (set once, persistently, by the migrator) and much faster
/// than FULL. Waiting on a busy writer is covered by the command timeout, and EF Core turns foreign keys on itself. SQLite's
/// own LOWER() folds only ASCII, so <see cref="UnicodeLower"/> adds .NET's invariant lower-casing: "Łączka" matches
/// "łączka" here as on PostgreSQL. Both belong to the native connection, which Microsoft.Data.Sqlite pools and reuses
/// across opens, so they are applied once per native connection rather than on every open (every query opens one: a
/// PRAGMA statement and a function registration per query were a measurable share of a small request's CPU).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const string UnicodeLower = "pestor_lower";

    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

    // Native connections already set up; weak, so a handle closed by the pool is forgotten with it.
    private static readonly ConditionalWeakTable<sqlite3, object> Prepared = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (FirstOpen(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (FirstOpen(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // Registers the function on the native handle the first time it is seen. SqliteConnection.CreateFunction would
    // re-register it on every later open of the same connection object; the raw call registers it once for the handle.
    private static bool FirstOpen(DbConnection connection)
    {
        var handle = ((SqliteConnection)connection).Handle!;
        if (Prepared.TryGetValue(handle, out _))
        {
            return false;
        }

        var result = raw.sqlite3_create_function(handle, UnicodeLower, 1, raw.SQLITE_UTF8 | raw.SQLITE_DETERMINISTIC, null, Lower);
        if (result != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"SQLite refused to register {UnicodeLower}: {raw.sqlite3_errmsg(handle).utf8_to_string()}");
        }

        Prepared.AddOrUpdate(handle, Prepared);
        return true;
    }

    private static void Lower(sqlite3_context context, object userData, sqlite3_value[] arguments)
    {
        if (raw.sqlite3_value_type(arguments[0]) == raw.SQLITE_NULL)
        {
            raw.sqlite3_result_null(context);
            return;
        }

        raw.sqlite3_result_text(context, raw.sqlite3_value_text(arguments[0]).utf8_to_string().ToLowerInvariant());
    }
}
