namespace PesTor.Queries;

/// <summary>A query that cannot run as asked (unknown field, wrong value type); the message says what to fix.</summary>
public sealed class ContentQueryException(string message, string? path = null) : Exception(message)
{
    /// <summary>Where in the caller's input the problem is, e.g. "where.Entity.Nip" or "orderBy".</summary>
    public string? Path { get; } = path;
}
