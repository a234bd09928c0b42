namespace PesTor.Theme.Services;

/// <summary>
/// An item's short line ("Fundacja, Toruń") and what it drew on besides the item: the content types of the taxonomies and
/// picked items it names. <see cref="Complete"/> is false when a term's taxonomy or a picked item could not be read for
/// this caller, so the line may differ for a caller who sees more.
/// </summary>
public sealed record ItemSummary(string Text, IReadOnlySet<string> Types, bool Complete);
