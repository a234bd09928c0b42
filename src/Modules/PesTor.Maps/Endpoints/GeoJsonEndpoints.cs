using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using PesTor.Maps.Models;
using PesTor.Maps.Services;
using PesTor.Queries;

namespace PesTor.Maps.Endpoints;

/// <summary>
/// <c>/api/geo/{entities|support|premises}</c>: the layer's published items with a location as GeoJSON, filtered like
/// the directories (<c>q</c>, <c>dzielnica</c>, <c>forma</c>, <c>typ</c>, <c>status</c>) and by <c>bbox</c>. The body's
/// hash is its ETag (a matching If-None-Match gets 304 without a body) and it is sent Brotli- or gzip-compressed when
/// the client accepts that. Bodies come from <see cref="MapLayerBodies"/>, cached until the content changes.
/// </summary>
internal static partial class GeoJsonEndpoints
{
    public const string ContentType = "application/geo+json";

    public static void MapGeoJsonLayers(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/geo/{layer}", GetLayerAsync).DisableAntiforgery();

    private static async Task<IResult> GetLayerAsync(
        string layer, string? q, string? dzielnica, string? forma, string? typ, string? status, string? bbox,
        HttpContext http, MapLayerBodies bodies, ILoggerFactory loggers, CancellationToken ct)
    {
        if (MapLayer.Find(layer) is not { } mapLayer)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No such map layer.",
                detail: $"'{layer}' is not a layer; use one of: {string.Join(", ", MapLayer.All.Select(l => l.Key))}.");
        }

        GeoBox? box = null;
        if (!string.IsNullOrWhiteSpace(bbox) && (box = GeoBox.Parse(bbox, out var problem)) is null)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["bbox"] = [problem!] }, title: "The bounding box is not valid.");
        }

        var filters = new MapFilters { Text = q, District = dzielnica, LegalForm = forma, SupportType = typ, PremisesStatus = status, Box = box };
        MapLayerBody layerBody;
        try
        {
            layerBody = await bodies.GetAsync(mapLayer, filters, ct);
        }
        catch (ContentQueryException error)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { [error.Path ?? "query"] = [error.Message] }, title: "The filter is not valid.");
        }

        var response = http.Response;
        response.Headers.ETag = layerBody.ETag;
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = HeaderNames.AcceptEncoding;

        // The text is written without HTML escapes (see GeoJsonWriter): never let a browser sniff it as a page.
        response.Headers.XContentTypeOptions = "nosniff";
        LogLayer(loggers.CreateLogger(typeof(GeoJsonEndpoints)), mapLayer.Key, layerBody.Count, layerBody.Body.Length);

        if (http.Request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(tag => tag.Trim() == layerBody.ETag || tag.Trim() == "*")))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var accepted = http.Request.GetTypedHeaders().AcceptEncoding;
        var encoding = Accepts(accepted, "br") ? "br" : Accepts(accepted, "gzip") ? "gzip" : null;
        if (encoding is null)
        {
            return Results.Bytes(layerBody.Body, ContentType);
        }

        response.Headers.ContentEncoding = encoding;
        return Results.Bytes(layerBody.Compressed(encoding), ContentType);
    }

    private static bool Accepts(IList<StringWithQualityHeaderValue> accepted, string encoding) =>
        accepted.Any(a => StringSegment.Equals(a.Value, encoding, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Map layer {Layer}: {Count} features, {Bytes} bytes")]
    private static partial void LogLayer(ILogger logger, string layer, int count, int bytes);
}
