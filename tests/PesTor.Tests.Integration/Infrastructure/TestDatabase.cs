using Npgsql;

namespace PesTor.Tests.Integration.Infrastructure;

/// <summary>
/// A throwaway database for one site: a SQLite file in a temp folder, or a fresh PostgreSQL database on the server
/// that scripts/test.sh starts (its connection string is in PESTOR_TEST_POSTGRES).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _adminConnectionString;
    private readonly string? _databaseName;

    private TestDatabase(string provider, string appData, string? connectionString, string? adminConnectionString, string? databaseName)
    {
        Provider = provider;
        AppData = appData;
        ConnectionString = connectionString;
        _adminConnectionString = adminConnectionString;
        _databaseName = databaseName;
    }

    public string Provider { get; }

    public string AppData { get; }

    public string? ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var appData = Directory.CreateTempSubdirectory("pestor-test-").FullName;
        if (provider == "Sqlite")
        {
            return new TestDatabase(provider, appData, null, null, null);
        }

        var admin = Environment.GetEnvironmentVariable("PESTOR_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException(
                "PESTOR_TEST_POSTGRES is not set. Run the tests with scripts/test.sh, which starts PostgreSQL and sets it.");
        }

        var name = "pestor_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(provider, appData, builder.ConnectionString, admin, name);
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

        // Pooled SQLite connections keep the file open; close them so the folder can go.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(AppData, recursive: true);
    }
}
