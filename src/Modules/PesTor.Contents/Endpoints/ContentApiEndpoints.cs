using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Mvc;
using PesTor.ContentManagement;
using PesTor.Data;
using PesTor.Queries;

namespace PesTor.Contents.Endpoints;

/// <summary>
/// The headless content API, like Orchard's <c>/api/content</c>. Every call goes through the content manager or the
/// content query, so it sees and changes exactly what the caller is allowed to.
/// </summary>
internal static class ContentApiEndpoints
{
    public static void MapContentApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/content").AddEndpointFilter<ContentProblemFilter>().DisableAntiforgery();
        api.MapGet("/{contentItemId}", GetAsync);
        api.MapGet("/", ListAsync);
        api.MapPost("/", PostAsync).Accepts<JsonObject>("application/json");
        api.MapDelete("/{contentItemId}", DeleteAsync);
    }

    private static async Task<IResult> GetAsync(string contentItemId, string? status, IContentManager contents, PrivateFieldRedactor redactor, CancellationToken ct)
    {
        var options = ContentApiQueryParser.ParseStatus(status) switch
        {
            ContentStatus.Draft => VersionOptions.Draft,
            ContentStatus.Latest or ContentStatus.All => VersionOptions.Latest,
            _ => VersionOptions.Published,
        };
        var item = await contents.GetAsync(contentItemId, options, ct);
        return item is null ? NotFound(contentItemId) : Results.Json(await redactor.WriteAsync(item, ct), ContentItemJson.Options);
    }

    private static async Task<IResult> ListAsync(
        string? type,
        string? status,
        [FromQuery] string?[]? filter,
        string? orderBy,
        int? skip,
        int? take,
        IContentQueryService queries,
        PrivateFieldRedactor redactor,
        CancellationToken ct)
    {
        var query = new ContentQuery
        {
            ContentTypes = string.IsNullOrWhiteSpace(type) ? [] : [.. type.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
            Status = ContentApiQueryParser.ParseStatus(status),
            Where = ContentApiQueryParser.ParseFilters(filter ?? []),
            OrderBy = ContentApiQueryParser.ParseOrderBy(orderBy),
            Skip = skip ?? 0,
            Take = take ?? 20,
        };
        var page = await queries.ListAsync(query, includeTotal: true, ct);
        var items = new List<JsonObject>(page.Items.Count);
        foreach (var item in page.Items)
        {
            items.Add(await redactor.WriteAsync(item, ct));
        }

        return Results.Json(new { total = page.Total, items }, ContentItemJson.Options);
    }

    /// <summary>Creates the item, or updates it when the id exists (a new draft for versioned types); publishes unless draft=true.</summary>
    private static async Task<IResult> PostAsync(HttpRequest request, bool? draft, IContentManager contents, IUnitOfWork unitOfWork, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return Results.Problem("Send the content item as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var posted = await request.ReadFromJsonAsync<JsonNode>(ct) as JsonObject
            ?? throw new System.Text.Json.JsonException("The body must be a JSON object.");
        var publish = draft != true;
        var id = ContentItemJson.String(posted, nameof(ContentItem.ContentItemId));
        var existing = id is null ? null : await contents.GetAsync(id, VersionOptions.DraftRequired, ct);

        if (existing is null)
        {
            var type = ContentItemJson.String(posted, nameof(ContentItem.ContentType))
                ?? throw new ContentValidationException([new ContentValidationError("ContentType", "ContentType is required to create an item.")]);
            if (id is not null && await contents.GetAsync(id, VersionOptions.Latest, ct) is null
                && (await contents.GetVersionsAsync(id, ct)).Count > 0)
            {
                throw new ContentValidationException([new ContentValidationError("ContentItemId", $"Content item '{id}' was deleted; restore it instead of reusing its id.")]);
            }

            var item = await contents.NewAsync(type, ct);
            item.ContentItemId = id ?? item.ContentItemId;
            item.Content = ContentItemJson.Parts(posted);
            await contents.CreateAsync(item, publish, ct);
            return Results.Json(ContentItemJson.Write(item), ContentItemJson.Options, statusCode: StatusCodes.Status201Created);
        }

        // An update may carry the stamp it was based on; a stale one is a conflict rather than a silent overwrite.
        if (ContentItemJson.String(posted, nameof(ContentItem.ConcurrencyStamp)) is { } stamp && stamp != existing.ConcurrencyStamp)
        {
            throw new ContentConcurrencyException(existing.ContentItemId);
        }

        foreach (var (name, part) in ContentItemJson.Parts(posted))
        {
            existing.Content[name] = part?.DeepClone();
        }

        // The new draft and its publication are one change: a caller who may edit but not publish gets a 403 and
        // leaves no draft behind.
        await using (var transaction = await unitOfWork.BeginAsync(ct))
        {
            await contents.UpdateAsync(existing, ct);
            if (publish)
            {
                await contents.PublishAsync(existing, ct);
            }

            await transaction.CommitAsync(ct);
        }

        return Results.Json(ContentItemJson.Write(existing), ContentItemJson.Options);
    }

    private static async Task<IResult> DeleteAsync(string contentItemId, IContentManager contents, CancellationToken ct)
    {
        var item = await contents.GetAsync(contentItemId, VersionOptions.Latest, ct)
            ?? await contents.GetAsync(contentItemId, VersionOptions.Published, ct);
        if (item is null)
        {
            return NotFound(contentItemId);
        }

        await contents.RemoveAsync(item, ct);
        return Results.NoContent();
    }

    private static IResult NotFound(string contentItemId) =>
        Results.Problem($"Content item '{contentItemId}' was not found.", statusCode: StatusCodes.Status404NotFound, title: "Not found.");
}
