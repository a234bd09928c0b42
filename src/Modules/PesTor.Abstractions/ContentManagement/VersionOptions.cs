namespace PesTor.ContentManagement;

/// <summary>Which version of an item a read wants, with Orchard's meanings.</summary>
public enum VersionOptions
{
    /// <summary>The latest version, draft or published.</summary>
    Latest,

    /// <summary>The published version only.</summary>
    Published,

    /// <summary>The latest version if it is a draft (not published).</summary>
    Draft,

    /// <summary>A draft to edit: the latest draft, or a new draft cloned from the published version.</summary>
    DraftRequired,
}
