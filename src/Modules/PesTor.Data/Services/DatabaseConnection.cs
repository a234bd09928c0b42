using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using PesTor.Setup;

namespace PesTor.Data.Services;

/// <summary>
/// The database in use, read by every DbContext as it is created. Empty until the site is set up (or while a setup
/// tries a database); a SQLite choice without a connection string means <c>{AppData}/pestor.db</c>.
/// </summary>
internal sealed class DatabaseConnection(IOptions<AppDataOptions> appData, IWebHostEnvironment environment)
{
    private volatile Current? _current;

    public string AppDataFolder { get; } = System.IO.Path.GetFullPath(appData.Value.Path, environment.ContentRootPath);

    public bool IsSet => _current is not null;

    public DatabaseProvider Provider => (_current ?? throw NotSet()).Provider;

    public string ConnectionString => (_current ?? throw NotSet()).ConnectionString;

    public void Use(DatabaseChoice choice)
    {
        var provider = Enum.Parse<DatabaseProvider>(choice.Provider, ignoreCase: true);
        var connectionString = choice.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException("A connection string is required for PostgreSQL.");
            }

            Directory.CreateDirectory(AppDataFolder);
            connectionString = $"Data Source={System.IO.Path.Combine(AppDataFolder, "pestor.db")};Pooling=True";
        }

        _current = new Current(provider, connectionString);
    }

    public void Clear() => _current = null;

    private static InvalidOperationException NotSet() => new("The site is not set up yet, so no database is open.");

    private sealed record Current(DatabaseProvider Provider, string ConnectionString);
}
