namespace PesTor.Search;

/// <summary>
/// Full-text search over the node's Lucene indexes (PesTor.Search). Results are re-read from the database in rank
/// order through the content manager, so permissions apply per item and nothing unpublished or removed is returned.
/// Bad arguments throw <see cref="SearchRequestException"/>; text is never a syntax error.
/// </summary>
public interface ISearchService
{
    Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="max"/> published titles matching what was typed so far (prefix of any word).</summary>
    Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix, int max = 8, CancellationToken cancellationToken = default);
}
