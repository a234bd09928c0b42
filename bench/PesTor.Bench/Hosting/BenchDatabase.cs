using Microsoft.Data.Sqlite;
using Npgsql;
using PesTor.Data;

namespace PesTor.Bench.Hosting;

/// <summary>
/// A throwaway database for one run: a SQLite file in a temp folder (the app's default, {AppData}/pestor.db), or a fresh
/// PostgreSQL database created with the admin connection string and dropped afterwards.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _adminConnectionString;
    private readonly string? _databaseName;
    private readonly bool _keep;

    private BenchDatabase(DatabaseProvider provider, string appData, string? connectionString, string? adminConnectionString, string? databaseName, bool keep = false)
    {
        _keep = keep;
        Provider = provider;
        AppData = appData;
        ConnectionString = connectionString;
        _adminConnectionString = adminConnectionString;
        _databaseName = databaseName;
    }

    public DatabaseProvider Provider { get; }

    public string AppData { get; }

    /// <summary>Null for SQLite: the app then uses its own default file in <see cref="AppData"/>.</summary>
    public string? ConnectionString { get; }

    public string? DatabaseName => _databaseName;

    /// <summary>The admin connection string for PostgreSQL runs, or null when none is configured.</summary>
    public static string? PostgresAdminConnectionString() =>
        new[] { "PESTOR_BENCH_POSTGRES", "PESTOR_TEST_POSTGRES" }
            .Select(Environment.GetEnvironmentVariable)
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));

    public static BenchDatabase CreateSqlite() =>
        new(DatabaseProvider.Sqlite, Directory.CreateTempSubdirectory("pestor-bench-").FullName, null, null, null);

    /// <summary>A SQLite site in <paramref name="appData"/> that outlives the run (set up on the first run, reopened by the next).</summary>
    public static BenchDatabase KeptSqlite(string appData) =>
        new(DatabaseProvider.Sqlite, Directory.CreateDirectory(appData).FullName, null, null, null, keep: true);

    /// <summary>Whether a kept site was already set up by an earlier run (its app data folder holds site.json).</summary>
    public bool IsSetUp => File.Exists(Path.Combine(AppData, "site.json"));

    public static async Task<BenchDatabase> CreatePostgresAsync(string adminConnectionString, CancellationToken cancellationToken)
    {
        var name = "pestor_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(adminConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name };
        var appData = Directory.CreateTempSubdirectory("pestor-bench-").FullName;
        return new BenchDatabase(DatabaseProvider.Postgres, appData, builder.ConnectionString, adminConnectionString, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnectionString is not null && _databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        // Pooled SQLite connections keep the file (and its -wal/-shm companions) open; close them so the folder can go.
        SqliteConnection.ClearAllPools();
        if (!_keep)
        {
            Directory.Delete(AppData, recursive: true);
        }
    }
}
