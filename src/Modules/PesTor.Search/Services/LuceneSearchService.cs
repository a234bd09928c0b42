using System.Net;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Metadata;
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
    ICallerAccessor callers) : ISearchService
{
    public const int MaxSkip = 10_000;
    public const int MaxSuggestions = 20;
    private const int SnippetLength = 160;

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

        var builder = new SearchQueryBuilder(indexes.Analyzer);
        var text = builder.Build(request.Query);
        var access = await AccessAsync(document, request.Index, cancellationToken);
        if (text is null || access is null)
        {
            return SearchResult.Empty;
        }

        var index = indexes.Get(request.Index);
        var (total, counts, ranked) = index.Search(searcher =>
        {
            var typeCounts = new TypeCountCollector();
            searcher.Search(text, new QueryWrapperFilter(access), typeCounts);
            var filter = request.ContentTypes.Count == 0
                ? access
                : new BooleanQuery { { access, Occur.MUST }, { AnyOf(SearchFields.Type, request.ContentTypes), Occur.MUST } };
            var top = searcher.Search(text, new QueryWrapperFilter(filter), request.Skip + request.First);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryScorer(text, SearchFields.Body));
            highlighter.TextFragmenter = new SimpleFragmenter(SnippetLength);
            var page = top.ScoreDocs.Skip(request.Skip).Select(hit =>
            {
                var stored = searcher.Doc(hit.Doc);
                return (Id: stored.Get(SearchFields.Id), Type: stored.Get(SearchFields.Type), hit.Score, Snippet: Snippet(highlighter, stored.Get(SearchFields.Body)));
            }).ToList();
            return (top.TotalHits, typeCounts.Counts, page);
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

        var query = new SearchQueryBuilder(indexes.Analyzer).BuildTitlePrefix(prefix);
        var access = await AccessAsync(await definitions.GetDocumentAsync(cancellationToken), SearchIndexName.Public, cancellationToken);
        if (query is null || access is null)
        {
            return [];
        }

        // A few extra, because the re-read may drop what was unpublished since it was indexed.
        var ids = indexes.Get(SearchIndexName.Public).Search(searcher =>
            searcher.Search(query, new QueryWrapperFilter(access), max + 4).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(SearchFields.Id)).ToList());
        var items = await contents.GetManyAsync(ids, VersionOptions.Published, cancellationToken);
        return [.. items.Take(max).Select(i => new SearchSuggestion(
            i.ContentItemId, i.ContentType, i.As<TitlePart>()?.Title is { Length: > 0 } title ? title : i.DisplayText,
            i.As<AutoroutePart>()?.Path is { Length: > 0 } path ? "/" + path : null))];
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
    /// The documents the caller may see, as a filter: types with full access, and types with "own" access where the
    /// document's owner is the caller. Null when the caller may see nothing in that index.
    /// </summary>
    private async Task<Query?> AccessAsync(ContentDefinitionDocument document, SearchIndexName index, CancellationToken cancellationToken)
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
        var access = new BooleanQuery();
        if (full.Count > 0)
        {
            access.Add(AnyOf(SearchFields.Type, full), Occur.SHOULD);
        }

        if (own.Count > 0 && owners.Count > 0)
        {
            access.Add(new BooleanQuery { { AnyOf(SearchFields.Type, own), Occur.MUST }, { AnyOf(SearchFields.Owner, owners), Occur.MUST } }, Occur.SHOULD);
        }

        return access.Clauses.Count == 0 ? null : access;
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

    /// <summary>The best passage with the matched words marked; text is HTML-escaped by the encoder, only the marks are markup.</summary>
    private string? Snippet(Highlighter highlighter, string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        var fragment = highlighter.GetBestFragments(indexes.Analyzer.GetTokenStream(SearchFields.Body, body), body, 2, " … ");
        return string.IsNullOrEmpty(fragment)
            ? WebUtility.HtmlEncode(body.Length <= SnippetLength ? body : body[..SnippetLength] + "…")
            : fragment;
    }
}
