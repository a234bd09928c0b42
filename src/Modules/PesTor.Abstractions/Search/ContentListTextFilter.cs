using PesTor.Queries;

namespace PesTor.Search;

/// <param name="Filter">Items whose title contains the text, or whose latest version's words match it in the editors' index.</param>
/// <param name="Truncated">
/// More items matched the words than a content query can list by id; the filter holds the best-ranked
/// <see cref="MaxMatches"/> of them (and every title containing the text).
/// </param>
public sealed record ContentListTextFilter(ContentFilter Filter, bool Truncated)
{
    /// <summary>At most this many items matched by words are passed to the content query.</summary>
    public const int MaxMatches = 1_000;
}
