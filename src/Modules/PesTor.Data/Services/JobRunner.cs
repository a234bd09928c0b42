using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PesTor.Data.Records;
using PesTor.Jobs;
using PesTor.Security;
using PesTor.Setup;

namespace PesTor.Data.Services;

/// <summary>
/// Claims due jobs one at a time (a conditional update, so two nodes never run the same job), runs each in its own scope
/// as the system inside a transaction that also marks it done, and on failure schedules a retry with exponential backoff.
/// </summary>
internal sealed partial class JobRunner(
    IServiceScopeFactory scopes, ISiteShell shell, TimeProvider clock, IOptions<JobOptions> options, ILogger<JobRunner> logger) : IJobRunner
{
    private static readonly string Pending = nameof(JobStatus.Pending);
    private static readonly string Running = nameof(JobStatus.Running);

    // One pass at a time in this process: a caller waiting here sees every job that was due when it asked.
    private readonly SemaphoreSlim _pass = new(1, 1);

    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        if (shell.State != SiteState.Running)
        {
            return 0;
        }

        await _pass.WaitAsync(cancellationToken);
        try
        {
            var ran = 0;
            while (await RunNextAsync(cancellationToken))
            {
                ran++;
            }

            return ran;
        }
        finally
        {
            _pass.Release();
        }
    }

    private async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PesTorDbContext>();
        var job = await ClaimAsync(db, cancellationToken);
        if (job is null)
        {
            return false;
        }

        using var system = services.GetRequiredService<ICallerAccessor>().BeginSystemScope();
        var execution = new JobExecution(job.Id, job.Kind, job.Payload, job.Attempts + 1);
        var handler = services.GetServices<IJobHandler>().FirstOrDefault(h => h.Kind == job.Kind);
        if (handler is null)
        {
            await FinishAsync(db, execution, JobStatus.Failed, $"No handler runs jobs of kind '{job.Kind}'.", cancellationToken);
            LogNoHandler(logger, job.Id, job.Kind);
            return true;
        }

        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        try
        {
            await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
            await handler.ExecuteAsync(execution, cancellationToken);
            await FinishAsync(db, execution, JobStatus.Done, null, cancellationToken);

            // Finished work is committed even while the host stops: a commit cancelled half-way has an unknown outcome.
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await FailAsync(db, unitOfWork, handler, execution, ex, cancellationToken);
        }

        return true;
    }

    private async Task FailAsync(PesTorDbContext db, IUnitOfWork unitOfWork, IJobHandler handler, JobExecution execution, Exception error, CancellationToken cancellationToken)
    {
        var final = error is PermanentJobException || execution.Attempt >= handler.MaxAttempts;
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await handler.FailedAsync(execution, error, final, cancellationToken);
        if (final)
        {
            await FinishAsync(db, execution, JobStatus.Failed, error.Message, cancellationToken);
            LogFailed(logger, execution.Id, execution.Kind, execution.Attempt, error.Message);
        }
        else
        {
            var delay = options.Value.RetryDelay * Math.Pow(2, execution.Attempt - 1);
            var next = clock.GetUtcNow().UtcDateTime + delay;
            await db.Set<JobRecord>().Where(j => j.Id == execution.Id).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, Pending)
                .SetProperty(j => j.Attempts, execution.Attempt)
                .SetProperty(j => j.NextAttemptUtc, next)
                .SetProperty(j => j.LeaseUntilUtc, (DateTime?)null)
                .SetProperty(j => j.LastError, Truncate(error.Message)), cancellationToken);
            LogRetry(logger, execution.Id, execution.Kind, execution.Attempt, next, error.Message);
        }

        await transaction.CommitAsync(CancellationToken.None);
    }

    private async Task<JobRecord?> ClaimAsync(PesTorDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseUntil = now + options.Value.Lease;
        var jobs = db.Set<JobRecord>();
        while (true)
        {
            var candidate = await jobs.AsNoTracking()
                .Where(j => (j.Status == Pending && j.NextAttemptUtc <= now) || (j.Status == Running && j.LeaseUntilUtc < now))
                .OrderBy(j => j.NextAttemptUtc).ThenBy(j => j.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (candidate is null)
            {
                return null;
            }

            var claimed = await jobs
                .Where(j => j.Id == candidate.Id && j.Status == candidate.Status && j.Attempts == candidate.Attempts && j.LeaseUntilUtc == candidate.LeaseUntilUtc)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, Running).SetProperty(j => j.LeaseUntilUtc, leaseUntil), cancellationToken);
            if (claimed == 1)
            {
                return candidate;
            }

            // Another node took it first; look for the next one.
        }
    }

    private Task FinishAsync(PesTorDbContext db, JobExecution execution, JobStatus status, string? error, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var statusName = status.ToString();
        return db.Set<JobRecord>().Where(j => j.Id == execution.Id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, statusName)
            .SetProperty(j => j.Attempts, execution.Attempt)
            .SetProperty(j => j.CompletedUtc, now)
            .SetProperty(j => j.LeaseUntilUtc, (DateTime?)null)
            .SetProperty(j => j.LastError, Truncate(error)), cancellationToken);
    }

    private static string? Truncate(string? message) => message is { Length: > 2000 } ? message[..2000] : message;

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} ({Kind}) attempt {Attempt} failed; next attempt at {NextAttemptUtc:o}: {Error}")]
    private static partial void LogRetry(ILogger logger, long jobId, string kind, int attempt, DateTime nextAttemptUtc, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} ({Kind}) failed after attempt {Attempt} and will not be retried: {Error}")]
    private static partial void LogFailed(ILogger logger, long jobId, string kind, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} has kind {Kind}, which no module handles.")]
    private static partial void LogNoHandler(ILogger logger, long jobId, string kind);
}
