using Lucene.Net.Index;
using Lucene.Net.Search;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Metadata;
using PesTor.Queries;
using PesTor.Security;

namespace PesTor.Search.Services;

/// <summary>
/// <see cref="ISearchService"/> over this node's indexes. The caller's access per type (View for the public index, Edit
/// for the editors' index, Own rules by owner) narrows the Lucene query, so totals and counts only count what the caller
/// may see; the page's items are then re-read through the content manager in rank order, which applies the per-item
/// checks again and drops anything unpublished or removed since it was indexed.
/// </summary>
internal sealed class LuceneSearchService(
    SearchIndexes indexes,
    IContentManager contents,
    IContentDefinitionManager definitions,
    IContentAuthorizer authorizer,
    IContentOwnership ownership,
    ICallerAccessor callers) : ISearchService, IContentListSearch
{
    public const int MaxSkip = 10_000;
    public const int MaxSuggestions = 20;

    /// <summary>
    /// Access filters by the types they allow, with their per-segment bit sets cached by Lucene: a role's filter is the same
    /// for every search, and building it meant walking every document of those types each time. Filters that name owners
    /// are per user and are not kept.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Filter> AccessFilters = new(StringComparer.Ordinal);

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        Validate(request);
        var document = await definitions.GetDocumentAsync(cancellationToken);
        foreach (var type in request.ContentTypes)
        {
            if (!SearchDocumentFactory.IsSearchable(document.FindType(type)))
            {
                throw new SearchRequestException($"Content type '{type}' does not exist or is not searchable.", "types");
            }
        }

        var built = new SearchQueryBuilder(indexes.Analyzer).Build(request.Query);
        var access = await AccessAsync(document, request.Index, cancellationToken);
        if (built is null || access is null)
        {
            return SearchResult.Empty;
        }

        var index = indexes.Get(request.Index);
        var (total, counts, ranked) = index.Search(searcher =>
        {
            // One pass: counts per type over every match, ranking over the requested types.
            var top = TopScoreDocCollector.Create(request.Skip + request.First, docsScoredInOrder: false);
            var collector = new TypeCountCollector(top, request.ContentTypes);
            var query = LuceneIndex.HasCurrentSchema(searcher.IndexReader) ? built : new SearchQueryBuilder(indexes.Analyzer, indexedPrefixes: false).Build(request.Query)!;
            searcher.Search(query.Query, access.FilterFor(searcher.IndexReader), collector);
            var page = top.GetTopDocs(request.Skip, request.First).ScoreDocs.Select(hit =>
            {
                var (id, type, body) = HitValues.Read(searcher, hit.Doc);
                return (Id: id, Type: type, hit.Score, Snippet: SnippetBuilder.Build(searcher.IndexReader, hit.Doc, body, query.Snippet));
            }).ToList();
            return (collector.RankedTotal, collector.Counts, page);
        });

        var version = request.Index == SearchIndexName.Public ? VersionOptions.Published : VersionOptions.Latest;
        var items = (await contents.GetManyAsync(ranked.Select(r => r.Id), version, cancellationToken))
            .ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        var hits = ranked.Where(r => items.ContainsKey(r.Id))
            .Select(r => new SearchHit(r.Id, r.Type, r.Score, r.Snippet, items[r.Id]))
            .ToList();
        return new SearchResult(hits, total, counts.ToDictionary());
    }

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix, int max = 8, CancellationToken cancellationToken = default)
    {
        if (max is < 1 or > MaxSuggestions)
        {
            throw new SearchRequestException($"max must be between 1 and {MaxSuggestions}.", "max");
        }

        if (string.IsNullOrWhiteSpace(prefix) || prefix.Length > SearchRequest.MaxQueryLength)
        {
            return [];
        }

        var access = await AccessAsync(await definitions.GetDocumentAsync(cancellationToken), SearchIndexName.Public, cancellationToken);
        if (access is null)
        {
            return [];
        }

        // A few extra, because the re-read may drop what was unpublished since it was indexed.
        var ids = indexes.Get(SearchIndexName.Public).Search(searcher =>
            new SearchQueryBuilder(indexes.Analyzer, LuceneIndex.HasCurrentSchema(searcher.IndexReader)).BuildTitlePrefix(prefix) is not { } query ? [] :
            searcher.Search(query, access.FilterFor(searcher.IndexReader), max + 4).ScoreDocs.Select(d => HitValues.Id(searcher, d.Doc)).ToList());
        var items = await contents.GetManyAsync(ids, VersionOptions.Published, cancellationToken);
        return [.. items.Take(max).Select(i => new SearchSuggestion(
            i.ContentItemId, i.ContentType, i.As<TitlePart>()?.Title is { Length: > 0 } title ? title : i.DisplayText,
            ItemUrls.Of(i)))];
    }

    /// <summary>
    /// Titles containing the text (as the list always filtered), or items the caller may edit whose latest version matches
    /// the words in the editors' index, best-ranked first up to <see cref="ContentListTextFilter.MaxMatches"/>. The index
    /// only chooses ids; the content query reads, filters, orders, pages and authorizes the items.
    /// </summary>
    public async Task<ContentListTextFilter> FilterAsync(string text, CancellationToken cancellationToken = default)
    {
        text = text.Trim();
        var titles = ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.Contains, text);
        var built = text.Length <= SearchRequest.MaxQueryLength ? new SearchQueryBuilder(indexes.Analyzer).Build(text) : null;
        var access = built is null ? null : await AccessAsync(await definitions.GetDocumentAsync(cancellationToken), SearchIndexName.Editors, cancellationToken);
        if (built is null || access is null)
        {
            return new ContentListTextFilter(titles, Truncated: false);
        }

        var (ids, total) = indexes.Get(SearchIndexName.Editors).Search(searcher =>
        {
            var query = LuceneIndex.HasCurrentSchema(searcher.IndexReader) ? built : new SearchQueryBuilder(indexes.Analyzer, indexedPrefixes: false).Build(text)!;
            var top = searcher.Search(query.Query, access.FilterFor(searcher.IndexReader), ContentListTextFilter.MaxMatches);
            return (top.ScoreDocs.Select(d => HitValues.Id(searcher, d.Doc)).ToList(), top.TotalHits);
        });
        return new ContentListTextFilter(
            ids.Count == 0 ? titles : ContentFilter.Or(titles, ContentFilter.ByColumn(ContentColumn.ContentItemId, FilterOperator.In, ids)),
            Truncated: total > ids.Count);
    }

    private static void Validate(SearchRequest request)
    {
        if (request.First is < 1 or > SearchRequest.MaxFirst)
        {
            throw new SearchRequestException($"first must be between 1 and {SearchRequest.MaxFirst}.", "first");
        }

        if (request.Skip is < 0 or > MaxSkip)
        {
            throw new SearchRequestException($"skip must be between 0 and {MaxSkip}.", "skip");
        }

        if (request.Query.Length > SearchRequest.MaxQueryLength)
        {
            throw new SearchRequestException($"The search text may be at most {SearchRequest.MaxQueryLength} characters long.", "query");
        }
    }

    /// <summary>
    /// The documents the caller may see: types with full access, and types with "own" access where the document's owner
    /// is the caller. Null when the caller may see nothing in that index.
    /// </summary>
    private async Task<SearchAccess?> AccessAsync(ContentDefinitionDocument document, SearchIndexName index, CancellationToken cancellationToken)
    {
        var action = index == SearchIndexName.Public ? ContentAction.View : ContentAction.Edit;
        var full = new List<string>();
        var own = new List<string>();
        foreach (var type in document.ContentTypes.Where(SearchDocumentFactory.IsSearchable))
        {
            switch (await authorizer.GetAccessAsync(callers.Caller, action, type.Name, cancellationToken))
            {
                case ContentAccessLevel.All:
                    full.Add(type.Name);
                    break;
                case ContentAccessLevel.Own:
                    own.Add(type.Name);
                    break;
            }
        }

        var owners = ownership.OwnerIds(callers.Caller);
        if (own.Count == 0 || owners.Count == 0)
        {
            return full.Count == 0 ? null : new SearchAccess(full.ToHashSet(StringComparer.Ordinal), AccessFilters.GetOrAdd(index + ":" + string.Join(",", full), _ =>
                new CachingWrapperFilter(new QueryWrapperFilter(AnyOf(SearchFields.Type, full)))), byOwner: false);
        }

        var access = new BooleanQuery();
        if (full.Count > 0)
        {
            access.Add(AnyOf(SearchFields.Type, full), Occur.SHOULD);
        }

        if (own.Count > 0 && owners.Count > 0)
        {
            access.Add(new BooleanQuery { { AnyOf(SearchFields.Type, own), Occur.MUST }, { AnyOf(SearchFields.Owner, owners), Occur.MUST } }, Occur.SHOULD);
        }

        return new SearchAccess(full.ToHashSet(StringComparer.Ordinal), new QueryWrapperFilter(access), byOwner: true);
    }

    private static BooleanQuery AnyOf(string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values)
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        return any;
    }
}
