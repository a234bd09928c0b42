namespace PesTor.Workflows.Activities;

public abstract class WorkflowActivityBase : IWorkflowActivity
{
    public abstract string Type { get; }

    public abstract string DisplayName { get; }

    public abstract IReadOnlyList<ActivitySetting> Settings { get; }

    public virtual IEnumerable<(string Setting, string Message)> Validate(IReadOnlyDictionary<string, string> settings) => [];

    public abstract Task<string> ExecuteAsync(ActivityContext context, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken);

    protected static string? Setting(IReadOnlyDictionary<string, string> settings, string name) =>
        settings.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
