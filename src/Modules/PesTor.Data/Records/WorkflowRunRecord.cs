namespace PesTor.Data.Records;

public sealed class WorkflowRunRecord
{
    public long Id { get; set; }

    public string WorkflowTypeId { get; set; } = "";

    public string WorkflowName { get; set; } = "";

    public string Event { get; set; } = "";

    public string? ContentItemId { get; set; }

    public DateTime StartedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }

    public string Status { get; set; } = "";

    public string? Error { get; set; }

    /// <summary>The steps as JSON: they are only ever read with their run.</summary>
    public string Steps { get; set; } = "[]";
}
