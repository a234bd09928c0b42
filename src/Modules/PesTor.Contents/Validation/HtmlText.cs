using System.Net;
using System.Text.RegularExpressions;

namespace PesTor.Contents.Validation;

/// <summary>Plain, lower-cased text of (already sanitized) HTML, for case-insensitive "contains" filters.</summary>
internal static partial class HtmlText
{
    public static string ToNormalizedPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        // Tags become spaces so that "<p>a</p><p>b</p>" reads "a b", not "ab". The input went through the sanitizer,
        // so a regular expression is enough here: this text is only indexed, never rendered.
        var text = WebUtility.HtmlDecode(Tag().Replace(html, " "));
        return Whitespace().Replace(text, " ").Trim().ToLowerInvariant();
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();
}
