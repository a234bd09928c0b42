namespace PesTor.Search;

/// <summary>
/// The two indexes every node keeps. They are never mixed: the public index holds only published versions, the editors'
/// index only latest versions (drafts included), so a draft can never reach a public result.
/// </summary>
public enum SearchIndexName
{
    /// <summary>Published versions: the public search page, the suggestions box, GraphQL.</summary>
    Public,

    /// <summary>Latest versions, draft or published: the admin content list.</summary>
    Editors,
}
