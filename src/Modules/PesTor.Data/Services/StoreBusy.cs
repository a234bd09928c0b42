using Microsoft.Data.Sqlite;

namespace PesTor.Data.Services;

/// <summary>Recognises "another writer holds the database" (SQLITE_BUSY / SQLITE_LOCKED after the command timeout).</summary>
internal static class StoreBusy
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Is(Exception exception) =>
        exception is StoreBusyException
        || exception is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }
        || exception.InnerException is { } inner && Is(inner);
}
