namespace PesTor.Search.Services;

/// <summary>The Lucene field names of a search document.</summary>
internal static class SearchFields
{
    /// <summary>The content item id: the document's key (one document per item and index).</summary>
    public const string Id = "id";

    public const string Type = "type";

    public const string Owner = "owner";

    /// <summary>The item's title (TitlePart or display text), analyzed and boosted over the body.</summary>
    public const string Title = "title";

    /// <summary>
    /// The beginnings (2 to 20 letters, folded) of every title word, indexed without frequencies or positions: a word being
    /// typed is one term here, so search-as-you-type and suggestions never expand a prefix over the term dictionary.
    /// </summary>
    public const string TitlePrefix = "title_prefix";

    /// <summary>
    /// The beginnings (2 to <see cref="SearchQueryBuilder.MaxBodyPrefixLength"/> letters, folded) of every body word, indexed
    /// without frequencies or positions: the word being typed is one term instead of an expansion over every body word
    /// that starts with it (and a bit set over their postings) in every search.
    /// </summary>
    public const string BodyPrefix = "body_prefix";

    /// <summary>Every analyzed field's text, stored with term vectors (positions and offsets) for snippets.</summary>
    public const string Body = "body";

    /// <summary>Keyword fields' whole values, lower-cased.</summary>
    public const string Keyword = "keyword";

    /// <summary>Values of fields set to "Stored": kept, not searchable.</summary>
    public const string Stored = "stored";

    /// <summary>The autoroute path, for links from suggestions.</summary>
    public const string Path = "path";

    /// <summary>The version indexed, so the status page and tests can tell what a document holds.</summary>
    public const string Version = "version";
}
