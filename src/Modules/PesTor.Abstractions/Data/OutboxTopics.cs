namespace PesTor.Data;

/// <summary>Topics the content manager writes for every change; payload is the version id.</summary>
public static class OutboxTopics
{
    public const string ContentCreated = "content.created";
    public const string ContentUpdated = "content.updated";
    public const string ContentPublished = "content.published";
    public const string ContentUnpublished = "content.unpublished";
    public const string ContentRemoved = "content.removed";

    /// <summary>A bulk import; the payload lists the imported content item ids.</summary>
    public const string ContentImported = "content.imported";
}
