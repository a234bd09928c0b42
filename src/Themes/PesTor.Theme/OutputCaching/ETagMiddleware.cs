using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace PesTor.Theme.OutputCaching;

/// <summary>
/// A strong ETag for public pages from a hash of the body, and 304 Not Modified when the browser already has it. It sits
/// inside the output cache, so the ETag is computed once per cached entry and stored with it; the output cache then
/// answers If-None-Match itself for cached pages.
/// </summary>
public sealed class ETagMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<PublicPageAttribute>() is null)
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new PooledBodyBuffer();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            var etag = "\"" + Convert.ToBase64String(buffer.Hash()) + "\"";
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                return;
            }
        }

        // An empty body is left without a length, so the status code pages can still write theirs (404).
        if (buffer.Length == 0)
        {
            return;
        }

        context.Response.ContentLength = buffer.Length;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}
