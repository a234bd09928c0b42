namespace PesTor.Jobs;

/// <summary>
/// Durable work that must survive a crash (workflow runs, e-mails, webhooks, recounts): a job is written in the
/// transaction of the change that causes it, so it exists exactly when the change does, and is run after the commit by
/// <see cref="IJobRunner"/>, retried with backoff until its handler succeeds or gives up.
/// </summary>
public interface IJobQueue
{
    /// <summary>Adds a job to the current transaction; it runs after the commit (never if the transaction rolls back).</summary>
    Task<long> EnqueueAsync(string kind, string payload, CancellationToken cancellationToken = default);

    Task<JobInfo?> GetAsync(long id, CancellationToken cancellationToken = default);
}

public sealed record JobInfo(long Id, string Kind, JobStatus Status, int Attempts, DateTime CreatedUtc, DateTime NextAttemptUtc, DateTime? CompletedUtc, string? LastError);

public enum JobStatus
{
    Pending,
    Running,
    Done,
    Failed,
}
