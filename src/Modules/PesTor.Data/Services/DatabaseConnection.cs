using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace PesTor.Data.Services;

/// <summary>The connection string in use: the configured one, or a SQLite file in the app data folder.</summary>
internal sealed class DatabaseConnection
{
    public DatabaseConnection(IOptions<DatabaseOptions> database, IOptions<AppDataOptions> appData, IWebHostEnvironment environment)
    {
        Provider = database.Value.Provider;
        if (!string.IsNullOrWhiteSpace(database.Value.ConnectionString))
        {
            ConnectionString = database.Value.ConnectionString;
            return;
        }

        if (database.Value.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException("PesTor:Database:ConnectionString is required for PostgreSQL.");
        }

        var folder = System.IO.Path.GetFullPath(appData.Value.Path, environment.ContentRootPath);
        Directory.CreateDirectory(folder);
        ConnectionString = $"Data Source={System.IO.Path.Combine(folder, "pestor.db")};Pooling=True";
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }
}
