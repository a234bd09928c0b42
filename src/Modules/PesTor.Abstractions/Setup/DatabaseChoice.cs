namespace PesTor.Setup;

/// <summary>The database a site runs on, chosen at setup.</summary>
public sealed record DatabaseChoice(string Provider, string? ConnectionString)
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
}
