using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentManagement;
using PesTor.GraphQL.Types;
using PesTor.Queries;

namespace PesTor.GraphQL.Services;

/// <summary>
/// The query fields. Lists and counts are one <see cref="IContentQueryService"/> call each (permissions and filtering
/// happen there, in SQL); <c>contentItem</c> goes through <see cref="IContentManager"/>, which checks permissions too.
/// </summary>
internal static class ContentQueryFields
{
    public static void AddList(
        ObjectGraphType query, SharedTypes shared, string contentType, ObjectGraphType objectType,
        InputObjectGraphType where, WhereShape whereShape, InputObjectGraphType orderBy, OrderShape orders)
    {
        query.AddField(new FieldType
        {
            Name = Names.Camel(contentType),
            Description = $"Items of type {contentType}.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(objectType))),
            Arguments = new QueryArguments(
                new QueryArgument(where) { Name = "where" },
                new QueryArgument(orderBy) { Name = "orderBy" },
                SharedTypes.First(),
                new QueryArgument<IntGraphType> { Name = "skip", DefaultValue = 0 },
                new QueryArgument(shared.Status) { Name = "status" }),
            Resolver = new FuncFieldResolver<object?>(async context =>
            {
                var skip = context.GetArgument<int>("skip");
                if (skip < 0)
                {
                    throw new ExecutionError("skip must not be negative.") { Code = "INVALID_ARGUMENT" };
                }

                var contentQuery = Query(context, contentType, whereShape) with
                {
                    OrderBy = OrderByInputBuilder.Translate(Argument(context, "orderBy"), orders),
                    Skip = skip,
                    Take = context.GetArgument("first", SharedTypes.DefaultFirst),
                };
                var page = await Run(context, q => q.ListAsync(contentQuery, includeTotal: false, context.CancellationToken));
                return page.Items;
            }),
        });
    }

    public static void AddCount(ObjectGraphType query, SharedTypes shared, string contentType, InputObjectGraphType where, WhereShape whereShape) =>
        query.AddField(new FieldType
        {
            Name = Names.Camel(contentType) + "Count",
            Description = $"How many items of type {contentType} match.",
            Type = typeof(NonNullGraphType<IntGraphType>),
            Arguments = new QueryArguments(
                new QueryArgument(where) { Name = "where" },
                new QueryArgument(shared.Status) { Name = "status" }),
            Resolver = new FuncFieldResolver<object?>(async context =>
            {
                var contentQuery = Query(context, contentType, whereShape);
                return await Run(context, q => q.CountAsync(contentQuery, context.CancellationToken));
            }),
        });

    public static void AddContentItem(ObjectGraphType query, SharedTypes shared) =>
        query.AddField(new FieldType
        {
            Name = "contentItem",
            Description = "One published item by id, of any type the caller may see.",
            ResolvedType = shared.ContentItem,
            Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "contentItemId" }),
            Resolver = new FuncFieldResolver<object?>(async context =>
                await context.RequestServices!.GetRequiredService<IContentManager>()
                    .GetAsync(context.GetArgument<string>("contentItemId"), VersionOptions.Published, context.CancellationToken)),
        });

    private static ContentQuery Query(IResolveFieldContext context, string contentType, WhereShape whereShape) => new()
    {
        ContentTypes = [contentType],
        Status = context.GetArgument("status", ContentStatus.Published),
        Where = GeoArguments.With(WhereTranslator.Translate(Argument(context, "where"), whereShape), context),
    };

    private static IDictionary<string, object?>? Argument(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value as IDictionary<string, object?> : null;

    // A query the content query cannot run (a value of the wrong type, ...) is the caller's error: its message and input path.
    private static async Task<T> Run<T>(IResolveFieldContext context, Func<IContentQueryService, Task<T>> run)
    {
        try
        {
            return await run(context.RequestServices!.GetRequiredService<IContentQueryService>());
        }
        catch (ContentQueryException exception)
        {
            var error = new ExecutionError(exception.Message, exception) { Code = "INVALID_QUERY" };
            if (exception.Path is not null)
            {
                error.Data["inputPath"] = exception.Path;
            }

            throw error;
        }
    }
}
