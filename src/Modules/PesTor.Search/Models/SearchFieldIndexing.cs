namespace PesTor.Search.Models;

/// <summary>
/// How a field goes into the search indexes, set per field in its definition's settings as <c>"SearchIndex"</c>
/// (e.g. <c>{ "SearchIndex": "Keyword" }</c>); without it the field kind's default applies (<see cref="Services.SearchFieldRules"/>).
/// </summary>
public enum SearchFieldIndexing
{
    /// <summary>Words, folded for case and diacritics; found by any word, shown in snippets.</summary>
    Analyzed,

    /// <summary>The whole value as one token (identifiers such as NIP, option values, term ids); found only exactly.</summary>
    Keyword,

    /// <summary>Kept with the document but not searchable.</summary>
    Stored,

    /// <summary>Left out of the index.</summary>
    NotIndexed,
}
