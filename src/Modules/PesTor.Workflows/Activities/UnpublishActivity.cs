using PesTor.ContentManagement;

namespace PesTor.Workflows.Activities;

internal sealed class UnpublishActivity(IContentManager contents) : WorkflowActivityBase
{
    public override string Type => "Unpublish";

    public override string DisplayName => "Wycofaj publikację";

    public override IReadOnlyList<ActivitySetting> Settings { get; } = [];

    public override async Task<string> ExecuteAsync(ActivityContext context, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var item = context.RequireItem(DisplayName);
        var published = await contents.GetAsync(item.ContentItemId, VersionOptions.Published, cancellationToken);
        if (published is null)
        {
            return $"{item.DisplayText}: nie był opublikowany";
        }

        await contents.UnpublishAsync(published, cancellationToken);
        return $"{published.DisplayText}: wycofano publikację";
    }
}
