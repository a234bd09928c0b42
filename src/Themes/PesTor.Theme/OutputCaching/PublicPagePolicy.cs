using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace PesTor.Theme.OutputCaching;

/// <summary>
/// Output caching for the public pages: only anonymous GET/HEAD requests (a signed-in visitor may see their own drafts
/// and account links), one entry per address, query and language, kept until a content change evicts its tags
/// (<see cref="OutputCacheEvictionHandler"/>) or <see cref="Lifetime"/> passes. A response that sets a cookie or is not
/// 200 is never stored.
/// </summary>
public sealed class PublicPagePolicy : IOutputCachePolicy
{
    public const string Name = "PublicPage";

    /// <summary>A ceiling only: changes evict at once; this bounds what a missed eviction (a crash between commit and evict) can cost.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var attempt = IsAnonymousRead(context.HttpContext);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["lang"] = CultureInfo.CurrentUICulture.Name;
        context.Tags.Add(CacheTags.Site);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValuesIsEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static bool IsAnonymousRead(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.User.Identity?.IsAuthenticated != true
        && !context.Request.Headers.ContainsKey(HeaderNames.Authorization);

    private static bool StringValuesIsEmpty(Microsoft.Extensions.Primitives.StringValues values) => values.Count == 0;
}
