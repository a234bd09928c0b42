using System.Text.Json;
using Microsoft.Extensions.Logging;
using PesTor.ContentManagement;
using PesTor.Jobs;
using PesTor.Workflows.Activities;
using PesTor.Workflows.Handlers;
using PesTor.Workflows.Models;
using PesTor.Workflows.Services;

namespace PesTor.Workflows.Jobs;

/// <summary>
/// Runs a workflow: its activities in order, inside the job's transaction together with the run's record, so a crash
/// leaves neither half a run nor a lost one (the job runs again). A failing activity rolls the run's changes back and
/// the run is recorded as failed with the steps reached and the error.
/// </summary>
internal sealed partial class WorkflowRunJobHandler(
    WorkflowTypeStore types,
    IEnumerable<IWorkflowActivity> activities,
    IContentManager contents,
    IWorkflowRunStore runs,
    TimeProvider clock,
    ILogger<WorkflowRunJobHandler> logger) : IJobHandler
{
    private readonly List<WorkflowRunStep> _steps = [];
    private WorkflowRun? _run;

    public string Kind => WorkflowContentHandler.JobKind;

    // Activities fail for reasons a retry does not fix (a missing field, a bad template); what talks to the outside
    // world is a job of its own with its own retries.
    public int MaxAttempts => 1;

    public async Task ExecuteAsync(JobExecution job, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize<WorkflowRunRequest>(job.Payload) ?? throw new PermanentJobException("The workflow job has no payload.");
        var type = await types.GetAsync(request.WorkflowTypeId, cancellationToken);
        if (type is null || !type.Enabled)
        {
            LogSkipped(logger, request.WorkflowTypeId);
            return;
        }

        var item = await LoadItemAsync(request, cancellationToken);
        _run = new WorkflowRun
        {
            WorkflowTypeId = type.Id,
            WorkflowName = type.Name,
            Event = request.Event,
            ContentItemId = request.ContentItemId,
            StartedUtc = clock.GetUtcNow().UtcDateTime,
            Status = WorkflowRunStatus.Succeeded,
        };
        var runId = await runs.SaveAsync(_run, cancellationToken);
        _run = _run with { Id = runId };

        var context = new ActivityContext(type, request, item, runId);
        using (WorkflowChain.Enter([.. request.Chain, type.Id]))
        {
            for (var i = 0; i < type.Activities.Count; i++)
            {
                var step = type.Activities[i];
                var activity = activities.FirstOrDefault(a => a.Type == step.Type)
                    ?? throw new InvalidOperationException($"Activity {i + 1}: '{step.Type}' is not an activity this site knows.");
                try
                {
                    var message = await activity.ExecuteAsync(context, step.Settings, cancellationToken);
                    _steps.Add(new WorkflowRunStep(i + 1, activity.DisplayName, true, message));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    _steps.Add(new WorkflowRunStep(i + 1, activity.DisplayName, false, ex.Message));
                    throw;
                }
            }
        }

        await runs.SaveAsync(_run with { FinishedUtc = clock.GetUtcNow().UtcDateTime, Steps = _steps }, cancellationToken);
        LogRan(logger, type.Id, request.Event, request.ContentItemId, _steps.Count);
    }

    public async Task FailedAsync(JobExecution job, Exception error, bool final, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize<WorkflowRunRequest>(job.Payload);
        if (request is null)
        {
            return;
        }

        // The attempt's transaction was rolled back, the run's first record with it: record the failure afresh.
        var type = await types.GetAsync(request.WorkflowTypeId, cancellationToken);
        var steps = _steps.Select(s => s.Succeeded ? s with { Message = s.Message + " (cofnięte)" } : s).ToList();
        await runs.SaveAsync(new WorkflowRun
        {
            WorkflowTypeId = request.WorkflowTypeId,
            WorkflowName = type?.Name ?? request.WorkflowTypeId,
            Event = request.Event,
            ContentItemId = request.ContentItemId,
            StartedUtc = _run?.StartedUtc ?? clock.GetUtcNow().UtcDateTime,
            FinishedUtc = clock.GetUtcNow().UtcDateTime,
            Status = WorkflowRunStatus.Failed,
            Error = error.Message,
            Steps = steps,
        }, cancellationToken);
    }

    private async Task<ContentItem?> LoadItemAsync(WorkflowRunRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentItemVersionId is { } versionId && await contents.GetVersionAsync(versionId, cancellationToken) is { } version)
        {
            return version;
        }

        return request.ContentItemId is { } id ? await contents.GetAsync(id, VersionOptions.Latest, cancellationToken) : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow {WorkflowTypeId} ran for {Event} of {ContentItemId}: {Steps} steps.")]
    private static partial void LogRan(ILogger logger, string workflowTypeId, string @event, string? contentItemId, int steps);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow {WorkflowTypeId} was removed or disabled before its run; nothing ran.")]
    private static partial void LogSkipped(ILogger logger, string workflowTypeId);
}
