namespace PesTor.Search;

/// <summary>A title that starts with (or has a word starting with) what was typed, for the search-as-you-type box.</summary>
public sealed record SearchSuggestion(string ContentItemId, string ContentType, string Title, string? Url);
