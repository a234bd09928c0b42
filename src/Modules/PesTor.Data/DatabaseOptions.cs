namespace PesTor.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Bound from <c>PesTor:Database</c>. Without a connection string, SQLite uses <c>{AppData}/pestor.db</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "PesTor:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when the app starts (on by default; a site made by an older build upgrades itself).</summary>
    public bool MigrateOnStart { get; set; } = true;
}
