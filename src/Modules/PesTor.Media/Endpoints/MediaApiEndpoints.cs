using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PesTor.Media.Services;
using PesTor.Security;

namespace PesTor.Media.Endpoints;

/// <summary>
/// <c>GET /api/media?search=&amp;skip=&amp;take=</c>: the library's files as JSON for pickers (newest first, 24 a page by
/// default, at most 100), <c>{ total, items: [{ path, fileName, contentType, length, width, height, url, thumbnailUrl }] }</c>.
/// Needs ManageMedia (401 when not signed in, 403 without it).
/// </summary>
internal static class MediaApiEndpoints
{
    public static void MapMediaApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/media", ListAsync);

    private static async Task<IResult> ListAsync(HttpContext http, MediaLibrary library, string? search, int? skip, int? take)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in to use the media library.");
        }

        try
        {
            var (files, total) = await library.ListAsync(search, skip ?? 0, take ?? 24, http.RequestAborted);
            return Results.Ok(new
            {
                total,
                items = files.Select(f => new
                {
                    f.Path, f.FileName, f.ContentType, f.Length, f.Width, f.Height,
                    Url = MediaUrls.Of(f.Path),
                    ThumbnailUrl = f.IsImage ? MediaUrls.OfVariant(f.Path, MediaVariant.Thumbnail) : null,
                }),
            });
        }
        catch (ContentAccessDeniedException exception)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: exception.Message);
        }
    }
}
