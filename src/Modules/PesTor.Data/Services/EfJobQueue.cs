using Microsoft.EntityFrameworkCore;
using PesTor.Data.Records;
using PesTor.Jobs;

namespace PesTor.Data.Services;

internal sealed class EfJobQueue(PesTorDbContext db, IUnitOfWork unitOfWork, JobSignal signal, TimeProvider clock) : IJobQueue
{
    public async Task<long> EnqueueAsync(string kind, string payload, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var record = new JobRecord { Kind = kind, Payload = payload, Status = nameof(JobStatus.Pending), CreatedUtc = now, NextAttemptUtc = now };
        db.Set<JobRecord>().Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        // Wake the runner once the job is visible to it; outside a transaction the job is committed already.
        if (db.Database.CurrentTransaction is null)
        {
            signal.Set();
        }
        else
        {
            unitOfWork.AfterCommit(_ =>
            {
                signal.Set();
                return Task.CompletedTask;
            });
        }

        return record.Id;
    }

    public async Task<JobInfo?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        var r = await db.Set<JobRecord>().AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken);
        return r is null ? null : ToInfo(r);
    }

    internal static JobInfo ToInfo(JobRecord r) => new(
        r.Id, r.Kind, Enum.Parse<JobStatus>(r.Status), r.Attempts, Utc(r.CreatedUtc), Utc(r.NextAttemptUtc),
        r.CompletedUtc is { } completed ? Utc(completed) : null, r.LastError);

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
