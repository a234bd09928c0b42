namespace PesTor.Admin;

/// <summary>
/// Marker for the admin module's texts (<c>IStringLocalizer&lt;AdminText&gt;</c>). Keys are the Polish texts, so Polish needs
/// no resource file; <c>Resources/AdminText.en.resx</c> holds the English ones.
/// </summary>
public sealed class AdminText;
