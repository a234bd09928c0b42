namespace PesTor.Search;

/// <param name="Hits">The requested page, best first.</param>
/// <param name="Total">Documents that matched the text and the type filter.</param>
/// <param name="CountsByType">
/// Matches of the text per content type, ignoring the type filter, so a page can offer "narrow to type" with counts.
/// </param>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, int Total, IReadOnlyDictionary<string, int> CountsByType)
{
    public static SearchResult Empty { get; } = new([], 0, new Dictionary<string, int>());
}
