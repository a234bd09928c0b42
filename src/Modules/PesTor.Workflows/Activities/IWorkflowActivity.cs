using PesTor.ContentManagement;
using PesTor.Workflows.Models;

namespace PesTor.Workflows.Activities;

/// <summary>
/// One kind of step a workflow can take. Activities run in the run's transaction, so database work is all-or-nothing
/// with the run's record; work outside the database (e-mail, webhooks) is queued as jobs in that same transaction.
/// </summary>
public interface IWorkflowActivity
{
    /// <summary>The name stored in workflow types (e.g. "SendEmail").</summary>
    string Type { get; }

    /// <summary>What editors see (Polish).</summary>
    string DisplayName { get; }

    IReadOnlyList<ActivitySetting> Settings { get; }

    /// <summary>Extra checks beyond each setting's own (required, kind); messages keyed by setting name.</summary>
    IEnumerable<(string Setting, string Message)> Validate(IReadOnlyDictionary<string, string> settings);

    /// <summary>Does the step; returns what the run's record says it did. Throws to fail the run.</summary>
    Task<string> ExecuteAsync(ActivityContext context, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken);
}

public sealed record ActivitySetting(string Name, string Label, SettingKind Kind = SettingKind.Text, bool Required = false, string? Help = null)
{
    public IReadOnlyList<(string Value, string Label)> Options { get; init; } = [];
}

public enum SettingKind
{
    Text,
    MultiLine,

    /// <summary>A Liquid template (checked for syntax when saved).</summary>
    Template,
    Url,
    Options,
    Secret,
}

/// <summary>What an activity works on: the workflow, what started it, and the item (null for scheduled runs).</summary>
public sealed class ActivityContext(WorkflowType workflow, WorkflowRunRequest request, ContentItem? item, long runId)
{
    public WorkflowType Workflow { get; } = workflow;

    public WorkflowRunRequest Request { get; } = request;

    public ContentItem? Item { get; set; } = item;

    public long RunId { get; } = runId;

    public ContentItem RequireItem(string activity) =>
        Item ?? throw new InvalidOperationException($"{activity} needs a content item, and this run was not started by one.");
}
