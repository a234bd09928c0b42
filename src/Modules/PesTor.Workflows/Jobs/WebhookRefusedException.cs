namespace PesTor.Workflows.Jobs;

/// <summary>The host name resolved only to addresses webhooks may not reach.</summary>
public sealed class WebhookRefusedException(string message) : Exception(message);
