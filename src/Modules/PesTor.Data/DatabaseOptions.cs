namespace PesTor.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Bound from <c>PesTor:Database</c>. The database itself is chosen at setup and kept in <c>{AppData}/site.json</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "PesTor:Database";

    /// <summary>Apply pending migrations when the app starts (on by default; a site made by an older build upgrades itself).</summary>
    public bool MigrateOnStart { get; set; } = true;
}
