namespace PesTor.AdminTheme;

/// <summary>
/// Marker for the admin layout's texts (<c>IStringLocalizer&lt;AdminThemeText&gt;</c>). Keys are the Polish texts, so Polish
/// needs no resource file; <c>Resources/AdminThemeText.en.resx</c> holds the English ones.
/// </summary>
public sealed class AdminThemeText;
