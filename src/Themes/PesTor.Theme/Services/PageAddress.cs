using Microsoft.AspNetCore.Http;
using PesTor.Localization;

namespace PesTor.Theme.Services;

/// <summary>The current page's local address, for links that bring the visitor back (language switch, sign-in).</summary>
public static class PageAddress
{
    /// <summary>Path and query without <c>lang</c>, which would otherwise override the language the visitor just chose.</summary>
    public static string WithoutLanguage(HttpRequest request)
    {
        var query = QueryString.Create(request.Query
            .Where(q => !string.Equals(q.Key, SiteLanguages.QueryKey, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v))));
        return $"{request.PathBase}{request.Path}{query}";
    }
}
