namespace PesTor.Audit;

/// <summary>The content actions the audit trail records (named like the content events they come from).</summary>
public static class AuditActions
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Published = "published";
    public const string Unpublished = "unpublished";
    public const string Removed = "removed";
}
