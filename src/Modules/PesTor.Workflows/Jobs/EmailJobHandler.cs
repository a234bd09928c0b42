using System.Text.Json;
using PesTor.Email;
using PesTor.Jobs;

namespace PesTor.Workflows.Jobs;

/// <summary>Sends a queued workflow e-mail; a server that is down or refuses is tried again with the runner's backoff.</summary>
internal sealed class EmailJobHandler(IEmailSender sender) : IJobHandler
{
    public const string JobKind = "workflow.email";

    public string Kind => JobKind;

    public int MaxAttempts => 6;

    public async Task ExecuteAsync(JobExecution job, CancellationToken cancellationToken)
    {
        var message = JsonSerializer.Deserialize<EmailMessage>(job.Payload) ?? throw new PermanentJobException("The e-mail job has no message.");
        await sender.SendAsync(message, cancellationToken);
    }

    public Task FailedAsync(JobExecution job, Exception error, bool final, CancellationToken cancellationToken) => Task.CompletedTask;
}
