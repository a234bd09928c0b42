using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace PesTor.Localization;

/// <summary>
/// Picks the request's language from <c>?lang=</c>, then from the language cookie; otherwise the default (Polish) applies.
/// The browser's Accept-Language is not consulted: the site is Polish unless the visitor chooses English.
/// </summary>
public sealed class SiteLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var culture = SiteLanguages.Find(httpContext.Request.Query[SiteLanguages.QueryKey])
            ?? SiteLanguages.Find(httpContext.Request.Cookies[SiteLanguages.CookieName]);
        return Task.FromResult(culture is null ? null : new ProviderCultureResult(culture.Name));
    }
}
