namespace PesTor.Jobs;

/// <summary>
/// Runs the jobs of one <see cref="Kind"/>. <see cref="ExecuteAsync"/> runs inside a transaction that also marks the job
/// done, so database work of a job happens exactly once; work outside the database (e-mail, HTTP) happens at least once.
/// Throwing rolls the transaction back and schedules a retry; <see cref="PermanentJobException"/> gives up at once.
/// </summary>
public interface IJobHandler
{
    string Kind { get; }

    /// <summary>Attempts before the job is marked failed.</summary>
    int MaxAttempts { get; }

    Task ExecuteAsync(JobExecution job, CancellationToken cancellationToken);

    /// <summary>Called in a fresh transaction after a failed attempt (<paramref name="final"/>: no retry follows), e.g. to record why.</summary>
    Task FailedAsync(JobExecution job, Exception error, bool final, CancellationToken cancellationToken);
}

public sealed record JobExecution(long Id, string Kind, string Payload, int Attempt);

/// <summary>A failure that retrying cannot fix (a refused address, a missing item): the job fails without further attempts.</summary>
public sealed class PermanentJobException(string message, Exception? inner = null) : Exception(message, inner);
