using System.Globalization;

namespace PesTor.AdminTheme.Services;

/// <summary>The language the admin is shown in: English when the request's UI culture is English, Polish otherwise.</summary>
public static class UiLanguage
{
    public static string Current =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "pl";
}
