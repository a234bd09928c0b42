namespace PesTor.Workflows.Models;

public static class WorkflowEvents
{
    public const string ContentCreated = "ContentCreated";
    public const string ContentUpdated = "ContentUpdated";
    public const string ContentPublished = "ContentPublished";
    public const string ContentUnpublished = "ContentUnpublished";
    public const string ContentRemoved = "ContentRemoved";
    public const string Schedule = "Schedule";

    public static readonly IReadOnlyList<string> ContentEvents = [ContentCreated, ContentUpdated, ContentPublished, ContentUnpublished, ContentRemoved];

    public static readonly IReadOnlyList<string> All = [.. ContentEvents, Schedule];

    public const string ManageWorkflowsPermission = "ManageWorkflows";
}
