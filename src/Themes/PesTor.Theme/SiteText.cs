namespace PesTor.Theme;

/// <summary>
/// The theme's texts for <c>IStringLocalizer&lt;SiteText&gt;</c>: the key is the Polish text (shown as it is in Polish),
/// and <c>Resources/SiteText.en.resx</c> gives the English. Labels that come from the content definitions (field and
/// option names) are looked up the same way, so the English file can translate them too.
/// </summary>
public sealed class SiteText;
