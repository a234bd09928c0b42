namespace PesTor.Search;

/// <summary>A search that cannot run as asked (page size out of range, unknown type); the message says what to fix.</summary>
public sealed class SearchRequestException(string message, string? path = null) : Exception(message)
{
    /// <summary>Which argument is wrong: "first", "skip", "types", "query".</summary>
    public string? Path { get; } = path;
}
