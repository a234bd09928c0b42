using System.IO.Compression;
using System.Security.Cryptography;
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
/// the client accepts that.
/// </summary>
internal static partial class GeoJsonEndpoints
{
    public const string ContentType = "application/geo+json";

    public static void MapGeoJsonLayers(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/geo/{layer}", GetLayerAsync).DisableAntiforgery();

    private static async Task<IResult> GetLayerAsync(
        string layer, string? q, string? dzielnica, string? forma, string? typ, string? status, string? bbox,
        HttpContext http, MapFeatureQuery features, ILoggerFactory loggers, CancellationToken ct)
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
        IReadOnlyList<MapFeature> list;
        try
        {
            list = await features.ListAsync(mapLayer, filters, ct);
        }
        catch (ContentQueryException error)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { [error.Path ?? "query"] = [error.Message] }, title: "The filter is not valid.");
        }

        var body = GeoJsonWriter.Write(list);
        var etag = "\"" + Convert.ToBase64String(SHA256.HashData(body), 0, 18).Replace('+', '-').Replace('/', '_') + "\"";
        var response = http.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        LogLayer(loggers.CreateLogger(typeof(GeoJsonEndpoints)), mapLayer.Key, list.Count, body.Length);

        if (http.Request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(tag => tag.Trim() == etag || tag.Trim() == "*")))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(Compress(http, body), ContentType);
    }

    private static byte[] Compress(HttpContext http, byte[] body)
    {
        var accepted = http.Request.GetTypedHeaders().AcceptEncoding;
        string? encoding = Accepts(accepted, "br") ? "br" : Accepts(accepted, "gzip") ? "gzip" : null;
        if (encoding is null)
        {
            return body;
        }

        using var output = new MemoryStream(body.Length / 4 + 64);
        using (Stream compressor = encoding == "br"
            ? new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true)
            : new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            compressor.Write(body);
        }

        http.Response.Headers.ContentEncoding = encoding;
        return output.ToArray();
    }

    private static bool Accepts(IList<StringWithQualityHeaderValue> accepted, string encoding) =>
        accepted.Any(a => StringSegment.Equals(a.Value, encoding, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Map layer {Layer}: {Count} features, {Bytes} bytes")]
    private static partial void LogLayer(ILogger logger, string layer, int count, int bytes);
}
