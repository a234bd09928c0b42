namespace PesTor.Search;

/// <summary>
/// The search pages' texts for <c>IStringLocalizer&lt;SearchText&gt;</c>: the key is the Polish text (shown as it is in
/// Polish), and <c>Resources/SearchText.en.resx</c> gives the English, including the content types' display names.
/// </summary>
public sealed class SearchText;
