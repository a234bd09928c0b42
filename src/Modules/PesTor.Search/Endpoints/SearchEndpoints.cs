using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Search.Services;
using PesTor.Security;

namespace PesTor.Search.Endpoints;

/// <summary>
/// <c>/api/search</c> (results as JSON, either index), <c>/api/search/suggest</c> (the header box), and the index's
/// status and rebuild for administrators. Bad arguments are problem details, never a 500.
/// </summary>
internal static class SearchEndpoints
{
    public static void MapSearch(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/search");
        api.MapGet("", SearchAsync);
        api.MapGet("/suggest", SuggestAsync);
        api.MapGet("/status", StatusAsync);
        api.MapPost("/rebuild", RebuildAsync);
    }

    private static async Task<IResult> SearchAsync(
        HttpContext http, ISearchService search, string? q, string[]? type, int? first, int? skip, string? index, CancellationToken ct)
    {
        if (!Enum.TryParse<SearchIndexName>(index ?? nameof(SearchIndexName.Public), ignoreCase: true, out var name) || !Enum.IsDefined(name))
        {
            return Results.Problem("index must be 'public' or 'editors'.", statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["path"] = "index" });
        }

        try
        {
            var result = await search.SearchAsync(new SearchRequest
            {
                Query = q ?? "",
                ContentTypes = type ?? [],
                First = first ?? 20,
                Skip = skip ?? 0,
                Index = name,
            }, ct);
            return Results.Ok(new
            {
                total = result.Total,
                countsByType = result.CountsByType,
                hits = result.Hits.Select(h => new
                {
                    contentItemId = h.ContentItemId,
                    contentType = h.ContentType,
                    score = h.Score,
                    displayText = h.Item.DisplayText,
                    url = ItemUrls.Of(h.Item),
                    snippet = h.SnippetHtml,
                }),
            });
        }
        catch (SearchRequestException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["path"] = ex.Path });
        }
    }

    private static async Task<IResult> SuggestAsync(ISearchService search, string? q, CancellationToken ct) =>
        Results.Ok((await search.SuggestAsync(q ?? "", 8, ct)).Select(s => new { id = s.ContentItemId, type = s.ContentType, title = s.Title, url = s.Url }));

    private static async Task<IResult> StatusAsync(HttpContext http, IContentAuthorizer authorizer, SearchIndexer indexer, CancellationToken ct) =>
        await DenyAsync(http, authorizer, ContentPermissions.AccessAdmin, ct) ?? Results.Ok(await indexer.StatusAsync(ct));

    private static async Task<IResult> RebuildAsync(HttpContext http, IContentAuthorizer authorizer, SearchIndexer indexer, CancellationToken ct)
    {
        if (await DenyAsync(http, authorizer, ContentPermissions.ManageDefinitions, ct) is { } denied)
        {
            return denied;
        }

        // The background service runs it, so a rebuild never races an incremental batch and the request returns at once.
        indexer.RequestRebuild();
        return Results.Accepted("/api/search/status");
    }

    private static async Task<IResult?> DenyAsync(HttpContext http, IContentAuthorizer authorizer, string permission, CancellationToken ct)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return Results.Problem("Sign in first.", statusCode: StatusCodes.Status401Unauthorized);
        }

        return await authorizer.HasPermissionAsync(http.User, permission, ct)
            ? null
            : Results.Problem($"The {permission} permission is needed.", statusCode: StatusCodes.Status403Forbidden);
    }
}
