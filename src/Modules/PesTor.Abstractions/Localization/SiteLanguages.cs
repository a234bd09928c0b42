using System.Globalization;

namespace PesTor.Localization;

/// <summary>
/// The site's languages: Polish first (the default, whatever the browser asks for, as the city's site is Polish) and
/// English. A language is chosen with <c>?lang=en</c> on any address or by the switch, which keeps it in a cookie.
/// </summary>
public static class SiteLanguages
{
    public const string QueryKey = "lang";

    public const string CookieName = "pestor.lang";

    /// <summary>The switch: <c>GET /jezyk/{code}?powrot=/path</c> (mapped by the host).</summary>
    public const string SwitchPath = "/jezyk";

    public const string SwitchReturnKey = "powrot";

    public static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static IReadOnlyList<CultureInfo> All { get; } = [Polish, English];

    /// <summary>The culture for a two-letter code ("pl", "en"), or null for anything else.</summary>
    public static CultureInfo? Find(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "pl" => Polish,
        "en" => English,
        _ => null,
    };

    /// <summary>The two-letter code the <c>lang</c> attribute and the switch use.</summary>
    public static string Code(CultureInfo culture) => culture.TwoLetterISOLanguageName;

    /// <summary>The switch's address for a language that brings the visitor back to <paramref name="current"/> (a local path).</summary>
    public static string SwitchLink(string code, string current) => $"{SwitchPath}/{code}?{SwitchReturnKey}={Uri.EscapeDataString(current)}";
}
