using PesTor.Audit;
using PesTor.Workflows.Services;

namespace PesTor.Workflows.Activities;

/// <summary>Writes an audit entry (actor: the workflow) with a message from a template.</summary>
internal sealed class AuditActivity(IAuditLog audit, WorkflowTemplates templates, TimeProvider clock) : WorkflowActivityBase
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
        await audit.AddAsync(new AuditEntry(clock.GetUtcNow().UtcDateTime, $"workflow:{context.Workflow.Id}", "workflow.audit", context.Item?.ContentItemId, message), cancellationToken);
        return $"Dziennik: {message}";
    }
}
