namespace PesTor.Queries;

public enum ContentStatus
{
    /// <summary>Published versions (the public view).</summary>
    Published,

    /// <summary>Latest versions that are not published.</summary>
    Draft,

    /// <summary>Latest versions, draft or published.</summary>
    Latest,

    /// <summary>Latest and published versions (one row per version).</summary>
    All,
}
