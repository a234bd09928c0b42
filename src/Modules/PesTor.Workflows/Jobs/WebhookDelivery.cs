namespace PesTor.Workflows.Jobs;

/// <summary>The payload of a "workflow.webhook" job: the body is fixed when queued, so every retry sends (and signs) the same bytes.</summary>
public sealed record WebhookDelivery(string Url, string Secret, string Event, string Body);
