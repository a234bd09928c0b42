namespace PesTor.Data.Queries;

/// <summary>SQL text with <c>{n}</c> placeholders and their values, ready for EF Core's raw SQL APIs.</summary>
internal sealed record SqlQuery(string Sql, object[] Parameters);
