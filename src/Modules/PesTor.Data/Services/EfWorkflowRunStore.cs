using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PesTor.Data.Records;
using PesTor.Workflows;

namespace PesTor.Data.Services;

internal sealed class EfWorkflowRunStore(PesTorDbContext db) : IWorkflowRunStore
{
    public async Task<long> SaveAsync(WorkflowRun run, CancellationToken cancellationToken = default)
    {
        var record = new WorkflowRunRecord
        {
            Id = run.Id,
            WorkflowTypeId = run.WorkflowTypeId,
            WorkflowName = run.WorkflowName,
            Event = run.Event,
            ContentItemId = run.ContentItemId,
            StartedUtc = run.StartedUtc,
            FinishedUtc = run.FinishedUtc,
            Status = run.Status.ToString(),
            Error = run.Error is { Length: > 2000 } error ? error[..2000] : run.Error,
            Steps = JsonSerializer.Serialize(run.Steps),
        };
        if (run.Id == 0)
        {
            db.Set<WorkflowRunRecord>().Add(record);
        }
        else
        {
            db.Set<WorkflowRunRecord>().Update(record);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return record.Id;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    public async Task<IReadOnlyList<WorkflowRun>> ListAsync(string? workflowTypeId, int skip, int take, CancellationToken cancellationToken = default)
    {
        var runs = db.Set<WorkflowRunRecord>().AsNoTracking();
        if (workflowTypeId is not null)
        {
            runs = runs.Where(r => r.WorkflowTypeId == workflowTypeId);
        }

        var rows = await runs.OrderByDescending(r => r.StartedUtc).ThenByDescending(r => r.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return rows.Select(ToRun).ToList();
    }

    public async Task<WorkflowRun?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        var row = await db.Set<WorkflowRunRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return row is null ? null : ToRun(row);
    }

    private static WorkflowRun ToRun(WorkflowRunRecord r) => new()
    {
        Id = r.Id,
        WorkflowTypeId = r.WorkflowTypeId,
        WorkflowName = r.WorkflowName,
        Event = r.Event,
        ContentItemId = r.ContentItemId,
        StartedUtc = DateTime.SpecifyKind(r.StartedUtc, DateTimeKind.Utc),
        FinishedUtc = r.FinishedUtc is { } finished ? DateTime.SpecifyKind(finished, DateTimeKind.Utc) : null,
        Status = Enum.Parse<WorkflowRunStatus>(r.Status),
        Error = r.Error,
        Steps = JsonSerializer.Deserialize<List<WorkflowRunStep>>(r.Steps) ?? [],
    };
}
