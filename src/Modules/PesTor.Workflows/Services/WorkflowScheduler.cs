using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PesTor.Data;
using PesTor.Jobs;
using PesTor.Workflows.Handlers;
using PesTor.Workflows.Models;

namespace PesTor.Workflows.Services;

/// <summary>
/// Starts scheduled workflows (daily or weekly at a UTC time). The last occurrence started is kept per workflow in the
/// "WorkflowSchedules" document and written in the same transaction as the run's job, so each occurrence starts once,
/// even across restarts. A workflow seen for the first time starts at its next occurrence, not retroactively.
/// </summary>
public sealed class WorkflowScheduler(WorkflowTypeStore types, IDocumentStore documents, IJobQueue jobs, IUnitOfWork unitOfWork)
{
    public const string DocumentName = "WorkflowSchedules";

    /// <summary>Queues every scheduled workflow whose latest occurrence at or before <paramref name="nowUtc"/> has not started; returns how many.</summary>
    public async Task<int> EnqueueDueAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var state = await documents.LoadAsync(DocumentName, cancellationToken) ?? [];
        var started = 0;
        var changed = false;
        foreach (var type in await types.ListAsync(cancellationToken))
        {
            if (!type.Enabled || type.Trigger.Schedule is not { } schedule || !type.Trigger.Events.Contains(WorkflowEvents.Schedule))
            {
                continue;
            }

            var occurrence = LatestOccurrence(schedule, nowUtc);
            var last = state[type.Id]?.GetValue<DateTime>();
            if (last is null || occurrence > last)
            {
                if (last is not null)
                {
                    var request = new WorkflowRunRequest(type.Id, WorkflowEvents.Schedule, null, null, []);
                    await jobs.EnqueueAsync(WorkflowContentHandler.JobKind, JsonSerializer.Serialize(request), cancellationToken);
                    started++;
                }

                state[type.Id] = JsonValue.Create(occurrence);
                changed = true;
            }
        }

        if (changed)
        {
            await documents.SaveAsync(DocumentName, state, cancellationToken);
        }

        // Committed even when the caller stops (the schedule loop at shutdown): a commit cancelled half-way has an unknown outcome.
        await transaction.CommitAsync(CancellationToken.None);
        return started;
    }

    /// <summary>The latest time at or before now the schedule names.</summary>
    public static DateTime LatestOccurrence(WorkflowSchedule schedule, DateTime nowUtc)
    {
        var time = TimeOnly.ParseExact(schedule.Time, "HH:mm", CultureInfo.InvariantCulture);
        var candidate = DateOnly.FromDateTime(nowUtc).ToDateTime(time, DateTimeKind.Utc);
        if (candidate > nowUtc)
        {
            candidate = candidate.AddDays(-1);
        }

        if (schedule.Frequency == ScheduleFrequency.Weekly)
        {
            var back = ((int)candidate.DayOfWeek - (int)schedule.DayOfWeek + 7) % 7;
            candidate = candidate.AddDays(-back);
        }

        return candidate;
    }
}
