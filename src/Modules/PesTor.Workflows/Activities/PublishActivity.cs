using PesTor.ContentManagement;

namespace PesTor.Workflows.Activities;

/// <summary>Publishes the latest version of the item (as the system: the workflow's author decided it, not the caller).</summary>
internal sealed class PublishActivity(IContentManager contents) : WorkflowActivityBase
{
    public override string Type => "Publish";

    public override string DisplayName => "Opublikuj element";

    public override IReadOnlyList<ActivitySetting> Settings { get; } = [];

    public override async Task<string> ExecuteAsync(ActivityContext context, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var item = context.RequireItem(DisplayName);
        var latest = await contents.GetAsync(item.ContentItemId, VersionOptions.Latest, cancellationToken)
            ?? throw new InvalidOperationException($"Item {item.ContentItemId} no longer exists.");
        if (latest.Published)
        {
            return $"{latest.DisplayText}: już opublikowany";
        }

        var published = await contents.PublishAsync(latest, cancellationToken);
        context.Item = latest;
        return published ? $"{latest.DisplayText}: opublikowano" : $"{latest.DisplayText}: publikację wstrzymał inny moduł";
    }
}
