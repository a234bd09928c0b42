namespace PesTor.Workflows.Models;

/// <summary>The payload of a "workflow.run" job: which workflow, what started it, and the chain of workflows that led here.</summary>
public sealed record WorkflowRunRequest(string WorkflowTypeId, string Event, string? ContentItemId, string? ContentItemVersionId, IReadOnlyList<string> Chain);
