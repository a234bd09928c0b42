using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;
using PesTor.Setup;

namespace PesTor.Data.Services;

/// <summary>The site's lifecycle: un-set-up, setting up (one at a time), running on the database chosen at setup.</summary>
internal sealed partial class SiteShell : ISiteShell
{
    private readonly DatabaseConnection _connection;
    private readonly SchemaMigrator _migrator;
    private readonly TimeProvider _clock;
    private readonly ILogger<SiteShell> _logger;
    private int _state;

    public SiteShell(DatabaseConnection connection, SchemaMigrator migrator, TimeProvider clock, ILogger<SiteShell> logger)
    {
        _connection = connection;
        _migrator = migrator;
        _clock = clock;
        _logger = logger;
        if (SiteFile.Read(connection.AppDataFolder) is { } site)
        {
            connection.Use(site.Database);
            Database = site.Database;
            _state = (int)SiteState.Running;
        }
    }

    public SiteState State => (SiteState)Volatile.Read(ref _state);

    public DatabaseChoice? Database { get; private set; }

    public async Task<string?> TestConnectionAsync(DatabaseChoice database, CancellationToken cancellationToken = default)
    {
        if (string.Equals(database.Provider, DatabaseChoice.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return TestSqlite(database.ConnectionString);
        }

        if (!string.Equals(database.Provider, DatabaseChoice.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            return $"Unknown database '{database.Provider}'; choose Sqlite or Postgres.";
        }

        if (string.IsNullOrWhiteSpace(database.ConnectionString))
        {
            return "Enter the PostgreSQL connection string, e.g. Host=localhost;Database=pestor;Username=pestor;Password=…";
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Timeout = 5 };
        }
        catch (ArgumentException ex)
        {
            return $"The connection string is not valid: {ex.Message}";
        }

        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return $"PostgreSQL at {builder.Host}:{builder.Port} could not be reached: {ex.Message}";
        }
    }

    public async Task<bool> BeginSetupAsync(DatabaseChoice database, CancellationToken cancellationToken = default)
    {
        if (Interlocked.CompareExchange(ref _state, (int)SiteState.SettingUp, (int)SiteState.Uninitialized) != (int)SiteState.Uninitialized)
        {
            return false;
        }

        try
        {
            _connection.Use(database);
            await _migrator.MigrateAsync(cancellationToken);
            Database = database;
            return true;
        }
        catch
        {
            AbortSetup();
            throw;
        }
    }

    public async Task CompleteSetupAsync(string siteName, CancellationToken cancellationToken = default)
    {
        var database = Database ?? throw new InvalidOperationException("No setup is running.");
        await new SiteFile(siteName, database, _clock.GetUtcNow().UtcDateTime).WriteAsync(_connection.AppDataFolder, cancellationToken);
        Volatile.Write(ref _state, (int)SiteState.Running);
        LogSetUp(_logger, siteName, database.Provider);
    }

    public void AbortSetup()
    {
        _connection.Clear();
        Database = null;
        Volatile.Write(ref _state, (int)SiteState.Uninitialized);
    }

    private string? TestSqlite(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            try
            {
                Directory.CreateDirectory(_connection.AppDataFolder);
                return null;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return $"The app data folder '{_connection.AppDataFolder}' cannot be written: {ex.Message}";
            }
        }

        try
        {
            _ = new SqliteConnectionStringBuilder(connectionString);
            return null;
        }
        catch (ArgumentException ex)
        {
            return $"The SQLite connection string is not valid: {ex.Message}";
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Site '{SiteName}' is set up on {Provider}.")]
    private static partial void LogSetUp(ILogger logger, string siteName, string provider);
}
