using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using PesTor.Media.Services;

namespace PesTor.Media.Endpoints;

/// <summary>
/// <c>GET /media/{path}</c>: the library's files. An endpoint rather than static-file middleware, so its literal prefix wins
/// over the public site's catch-all item route. Only the library's own extensions are served, with the type the library
/// detected at upload (the extension is the library's choice); nosniff stops browsers guessing otherwise; names are never
/// reused, so files are cached for a year; the sandbox keeps a file opened directly from running anything in the site's origin.
/// Conditional requests (ETag, Last-Modified) and ranges are answered by the file result.
/// </summary>
internal static class MediaFileEndpoints
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg", [".png"] = "image/png", [".webp"] = "image/webp", [".pdf"] = "application/pdf",
    };

    public static void MapMediaFiles(this IEndpointRouteBuilder routes) =>
        routes.MapMethods(MediaUrls.Prefix + "/{**path}", [HttpMethods.Get, HttpMethods.Head], Serve);

    private static IResult Serve(HttpContext http, MediaStorage storage, string path)
    {
        if (!ContentTypes.TryGetValue(Path.GetExtension(path), out var contentType)
            || path.Split('/').Any(segment => segment.Length == 0 || segment.StartsWith('.'))
            || !TryLocate(storage, path, out var file))
        {
            return Results.NotFound();
        }

        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
        var info = new FileInfo(file);
        var etag = new EntityTagHeaderValue($"\"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\"");
        return Results.File(file, contentType, lastModified: info.LastWriteTimeUtc, entityTag: etag, enableRangeProcessing: true);
    }

    private static bool TryLocate(MediaStorage storage, string path, out string file)
    {
        try
        {
            file = storage.FullPath(path);
        }
        catch (ArgumentException)
        {
            file = "";
            return false;
        }

        return File.Exists(file);
    }
}
