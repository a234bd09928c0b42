namespace PesTor.Workflows;

/// <summary>Runs of workflows with their steps, kept for the admin (implemented by the data module).</summary>
public interface IWorkflowRunStore
{
    /// <summary>Adds or updates a run in the current transaction; returns its id.</summary>
    Task<long> SaveAsync(WorkflowRun run, CancellationToken cancellationToken = default);

    /// <summary>Newest first; <paramref name="workflowTypeId"/> null for every workflow.</summary>
    Task<IReadOnlyList<WorkflowRun>> ListAsync(string? workflowTypeId, int skip, int take, CancellationToken cancellationToken = default);

    Task<WorkflowRun?> GetAsync(long id, CancellationToken cancellationToken = default);
}

public sealed record WorkflowRun
{
    public long Id { get; init; }

    public required string WorkflowTypeId { get; init; }

    public required string WorkflowName { get; init; }

    /// <summary>What started it: a content event name or "Schedule".</summary>
    public required string Event { get; init; }

    public string? ContentItemId { get; init; }

    public DateTime StartedUtc { get; init; }

    public DateTime? FinishedUtc { get; init; }

    public WorkflowRunStatus Status { get; init; }

    public string? Error { get; init; }

    public IReadOnlyList<WorkflowRunStep> Steps { get; init; } = [];
}

public sealed record WorkflowRunStep(int Index, string Activity, bool Succeeded, string Message);

public enum WorkflowRunStatus
{
    Succeeded,
    Failed,
}
