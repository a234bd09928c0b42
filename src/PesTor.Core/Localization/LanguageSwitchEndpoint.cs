using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PesTor.Localization;

/// <summary>
/// <c>GET /jezyk/{code}?powrot=/path</c>: remembers the language in a cookie (a year) and returns the visitor to the page
/// they were on. Only local addresses are followed, so the switch cannot be used to send someone elsewhere.
/// </summary>
public static class LanguageSwitchEndpoint
{
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(SiteLanguages.SwitchPath + "/{code}", (string code, string? powrot, HttpContext context) =>
        {
            var culture = SiteLanguages.Find(code);
            if (culture is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown language",
                    detail: "The site speaks Polish (pl) and English (en).");
            }

            context.Response.Cookies.Append(SiteLanguages.CookieName, SiteLanguages.Code(culture), new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
            });
            return Results.LocalRedirect(IsLocal(powrot) ? powrot! : "/");
        });
        return routes;
    }

    /// <summary>A path on this site: starts with one slash (not "//" or "/\", which browsers read as another host).</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
