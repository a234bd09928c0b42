namespace PesTor.Workflows.Services;

/// <summary>Configuration section <c>PesTor:Workflows:Webhooks</c>: where webhooks may go.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "PesTor:Workflows:Webhooks";

    /// <summary>Host names a webhook may be sent to; empty allows any public host.</summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>
    /// Loopback, private, link-local and other non-public addresses are refused (a webhook must not reach the city's internal
    /// network or this server) unless listed here (an IP address, e.g. an internal service the operator trusts).
    /// </summary>
    public List<string> AllowedPrivateAddresses { get; set; } = [];

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
