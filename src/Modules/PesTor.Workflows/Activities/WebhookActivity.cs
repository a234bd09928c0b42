using System.Text.Json;
using PesTor.Jobs;
using PesTor.Workflows.Jobs;
using PesTor.Workflows.Services;

namespace PesTor.Workflows.Activities;

/// <summary>
/// POSTs the event as JSON to a URL, signed with HMAC-SHA256 of the body under the workflow's secret. Sent by a job, so a
/// failed or refused call is retried with backoff and the run's transaction is never held up by a slow endpoint.
/// </summary>
internal sealed class WebhookActivity(IJobQueue jobs, WebhookAddressPolicy policy, TimeProvider clock) : WorkflowActivityBase
{
    public override string Type => "Webhook";

    public override string DisplayName => "Webhook (POST JSON)";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        new("Url", "Adres URL", SettingKind.Url, Required: true),
        new("Secret", "Sekret do podpisu HMAC-SHA256", SettingKind.Secret, Required: true, Help: "Odbiorca sprawdza nagłówek X-PesTor-Signature: sha256=…"),
    ];

    public override IEnumerable<(string Setting, string Message)> Validate(IReadOnlyDictionary<string, string> settings)
    {
        if (Setting(settings, "Url") is { } url && policy.CheckUrl(url) is { } problem)
        {
            yield return ("Url", problem);
        }

        if (Setting(settings, "Secret") is { Length: < 16 })
        {
            yield return ("Secret", "Sekret musi mieć co najmniej 16 znaków.");
        }
    }

    public override async Task<string> ExecuteAsync(ActivityContext context, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var url = Setting(settings, "Url")!;
        var item = context.Item;
        var body = JsonSerializer.Serialize(new
        {
            @event = context.Request.Event,
            workflow = new { id = context.Workflow.Id, name = context.Workflow.Name },
            runId = context.RunId,
            item = item is null ? null : new { id = item.ContentItemId, versionId = item.ContentItemVersionId, type = item.ContentType, title = item.DisplayText, published = item.Published },
            sentUtc = clock.GetUtcNow().UtcDateTime,
        });
        var job = await jobs.EnqueueAsync(WebhookJobHandler.JobKind, JsonSerializer.Serialize(new WebhookDelivery(url, Setting(settings, "Secret")!, context.Request.Event, body)), cancellationToken);
        return $"Webhook do {url} w kolejce (zadanie {job})";
    }
}
