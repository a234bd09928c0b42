using PesTor.Audit;
using PesTor.Workflows.Services;

namespace PesTor.Workflows.Activities;

/// <summary>
/// Writes a line in the site's one audit trail (the admin's): action "workflow", the workflow as the actor, the rendered
/// message as its text, in the transaction of the run's step.
/// </summary>
internal sealed class AuditActivity(IAuditTrail audit, WorkflowTemplates templates, TimeProvider clock) : WorkflowActivityBase
{
    public override string Type => "Audit";

    public override string DisplayName => "Wpis w dzienniku zdarzeń";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        new("Message", "Treść wpisu", SettingKind.Template, Required: true, Help: "Szablon Liquid, np. {{ item.title }} opublikowano."),
    ];

    public override async Task<string> ExecuteAsync(ActivityContext context, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var message = await templates.RenderAsync(Setting(settings, "Message")!, context, cancellationToken);
        var item = context.Item;
        await audit.RecordAsync(
            new AuditEntry(
                AuditActions.Workflow,
                item?.ContentItemId ?? "",
                item?.ContentItemVersionId,
                item?.ContentType ?? "",
                message.Length > 500 ? message[..500] : message,
                UserId: null,
                UserName: $"workflow:{context.Workflow.Id}",
                clock.GetUtcNow().UtcDateTime),
            cancellationToken);
        return $"Dziennik: {message}";
    }
}
