using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PesTor.Jobs;
using PesTor.Workflows.Services;

namespace PesTor.Workflows.Jobs;

/// <summary>Sends a queued webhook. A non-success answer or a network error is retried (with the job runner's backoff); a refused address is not.</summary>
internal sealed partial class WebhookJobHandler(IHttpClientFactory clients, WebhookAddressPolicy policy, ILogger<WebhookJobHandler> logger) : IJobHandler
{
    public const string JobKind = "workflow.webhook";
    public const string ClientName = "PesTor.Webhooks";
    public const string SignatureHeader = "X-PesTor-Signature";

    public string Kind => JobKind;

    public int MaxAttempts => 6;

    public async Task ExecuteAsync(JobExecution job, CancellationToken cancellationToken)
    {
        var delivery = JsonSerializer.Deserialize<WebhookDelivery>(job.Payload) ?? throw new PermanentJobException("The webhook job has no payload.");
        if (policy.CheckUrl(delivery.Url) is { } refused)
        {
            throw new PermanentJobException(refused);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(SignatureHeader, Sign(delivery.Secret, delivery.Body));
        request.Headers.Add("X-PesTor-Event", delivery.Event);
        request.Headers.Add("X-PesTor-Delivery", job.Id.ToString(CultureInfo.InvariantCulture));

        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex) when (ex.InnerException is WebhookRefusedException refusedAddress)
        {
            throw new PermanentJobException(refusedAddress.Message, ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"{delivery.Url} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }
        }

        LogDelivered(logger, job.Id, delivery.Url, job.Attempt);
    }

    public Task FailedAsync(JobExecution job, Exception error, bool final, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>"sha256=" and the lower-case hex HMAC-SHA256 of the UTF-8 body under the secret.</summary>
    public static string Sign(string secret, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook job {JobId} delivered to {Url} on attempt {Attempt}.")]
    private static partial void LogDelivered(ILogger logger, long jobId, string url, int attempt);
}
