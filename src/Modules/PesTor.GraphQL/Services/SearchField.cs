using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using PesTor.GraphQL.Types;
using PesTor.Search;

namespace PesTor.GraphQL.Services;

/// <summary>
/// <c>search(query:, types:, first:, skip:)</c>: full-text search of published items through <see cref="ISearchService"/>
/// (Polish-aware, ranked, permissions per item). Hits carry the item as a <c>ContentItem</c>, so fragments reach each
/// type's fields; <c>countsByType</c> ignores the type filter, for "narrow to type" links.
/// </summary>
internal static class SearchField
{
    public static void Add(ObjectGraphType query, SharedTypes shared)
    {
        var hit = new ObjectGraphType { Name = "SearchHit" };
        SharedTypes.Add(hit, "contentItemId", typeof(NonNullGraphType<IdGraphType>), s => ((SearchHit)s).ContentItemId);
        SharedTypes.Add(hit, "contentType", typeof(NonNullGraphType<StringGraphType>), s => ((SearchHit)s).ContentType);
        SharedTypes.Add(hit, "score", typeof(NonNullGraphType<FloatGraphType>), s => (double)((SearchHit)s).Score);
        SharedTypes.Add(hit, "snippetHtml", typeof(StringGraphType), s => ((SearchHit)s).SnippetHtml);
        hit.AddField(new FieldType
        {
            Name = "item",
            ResolvedType = new NonNullGraphType(shared.ContentItem),
            Resolver = new FuncFieldResolver<object?>(context => ((SearchHit)context.Source!).Item),
        });

        var count = new ObjectGraphType { Name = "SearchTypeCount" };
        SharedTypes.Add(count, "contentType", typeof(NonNullGraphType<StringGraphType>), s => ((KeyValuePair<string, int>)s).Key);
        SharedTypes.Add(count, "count", typeof(NonNullGraphType<IntGraphType>), s => ((KeyValuePair<string, int>)s).Value);

        var result = new ObjectGraphType { Name = "SearchResult" };
        SharedTypes.Add(result, "total", typeof(NonNullGraphType<IntGraphType>), s => ((SearchResult)s).Total);
        result.AddField(new FieldType
        {
            Name = "hits",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(hit))),
            Resolver = new FuncFieldResolver<object?>(context => ((SearchResult)context.Source!).Hits),
        });
        result.AddField(new FieldType
        {
            Name = "countsByType",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(count))),
            Resolver = new FuncFieldResolver<object?>(context => ((SearchResult)context.Source!).CountsByType.OrderBy(c => c.Key, StringComparer.Ordinal).ToList()),
        });

        query.AddField(new FieldType
        {
            Name = "search",
            Description = "Full-text search of published items (Polish letters with or without diacritics, the last word as a prefix, \"quoted phrases\").",
            ResolvedType = new NonNullGraphType(result),
            Arguments = new QueryArguments(
                new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "query" },
                new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>> { Name = "types", Description = "Content type names (Entity, Offer, …); none for all." },
                new QueryArgument<IntGraphType> { Name = "first", DefaultValue = 20 },
                new QueryArgument<IntGraphType> { Name = "skip", DefaultValue = 0 }),
            Resolver = new FuncFieldResolver<object?>(async context =>
            {
                var search = context.RequestServices!.GetService<ISearchService>()
                    ?? throw new ExecutionError("Search is not available on this site.") { Code = "SEARCH_UNAVAILABLE" };
                try
                {
                    return await search.SearchAsync(new SearchRequest
                    {
                        Query = context.GetArgument<string>("query"),
                        ContentTypes = context.GetArgument<List<string>?>("types") ?? [],
                        First = context.GetArgument("first", 20),
                        Skip = context.GetArgument("skip", 0),
                    }, context.CancellationToken);
                }
                catch (SearchRequestException exception)
                {
                    var error = new ExecutionError(exception.Message, exception) { Code = "INVALID_SEARCH" };
                    if (exception.Path is not null)
                    {
                        error.Data["argument"] = exception.Path;
                    }

                    throw error;
                }
            }),
        });
    }
}
