namespace PesTor.Search;

/// <summary>
/// A free-text search as a visitor or an editor typed it. The text is never parsed as Lucene syntax: words are matched
/// with and without Polish diacritics, the last word also as a prefix, and text in double quotes as a phrase.
/// </summary>
public sealed record SearchRequest
{
    public const int MaxFirst = 100;
    public const int MaxQueryLength = 200;

    public string Query { get; init; } = "";

    /// <summary>Only these content types; empty means every type in the index.</summary>
    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    /// <summary>Page size, 1 to <see cref="MaxFirst"/>.</summary>
    public int First { get; init; } = 20;

    public int Skip { get; init; }

    public SearchIndexName Index { get; init; } = SearchIndexName.Public;
}
