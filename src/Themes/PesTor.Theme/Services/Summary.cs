using System.Net;
using System.Text.RegularExpressions;

namespace PesTor.Theme.Services;

/// <summary>A page's meta description: the body's first words as plain text, or a fallback.</summary>
public static partial class Summary
{
    private const int MaxLength = 160;

    public static string Of(string? html, string fallback)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return fallback;
        }

        var text = Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();
        if (text.Length == 0)
        {
            return fallback;
        }

        if (text.Length <= MaxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxLength - 1);
        return text[..(cut > 0 ? cut : MaxLength - 1)] + "…";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
