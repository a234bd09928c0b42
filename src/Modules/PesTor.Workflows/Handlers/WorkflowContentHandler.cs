using System.Text.Json;
using Microsoft.Extensions.Logging;
using PesTor.ContentManagement;
using PesTor.Handlers;
using PesTor.Jobs;
using PesTor.Workflows.Models;
using PesTor.Workflows.Services;

namespace PesTor.Workflows.Handlers;

/// <summary>
/// Starts workflows from content events: matching enabled workflows get a "workflow.run" job in the change's own
/// transaction, so a run exists exactly when the change does and survives a crash. Imports start only workflows that ask
/// for it; a workflow never starts from events its own activities raised.
/// </summary>
internal sealed partial class WorkflowContentHandler(WorkflowTypeStore types, IJobQueue jobs, ILogger<WorkflowContentHandler> logger) : ContentHandlerBase
{
    public const string JobKind = "workflow.run";

    public override Task CreatedAsync(CreateContentContext context) => TriggerAsync(WorkflowEvents.ContentCreated, context, null);

    public override Task UpdatedAsync(UpdateContentContext context) => TriggerAsync(WorkflowEvents.ContentUpdated, context, null);

    public override Task PublishedAsync(PublishContentContext context) => TriggerAsync(WorkflowEvents.ContentPublished, context, context.PreviousItem);

    public override Task UnpublishedAsync(PublishContentContext context) => TriggerAsync(WorkflowEvents.ContentUnpublished, context, context.PreviousItem);

    public override Task RemovedAsync(RemoveContentContext context) => TriggerAsync(WorkflowEvents.ContentRemoved, context, null);

    private async Task TriggerAsync(string eventName, ContentContext context, ContentItem? previous)
    {
        var item = context.ContentItem;
        var chain = WorkflowChain.Current;
        foreach (var type in await types.ListAsync())
        {
            if (!type.Enabled || !type.Trigger.Events.Contains(eventName)
                || (type.Trigger.ContentTypes.Count > 0 && !type.Trigger.ContentTypes.Contains(item.ContentType))
                || !ConditionEvaluator.Matches(type.Trigger.Conditions, item, previous))
            {
                continue;
            }

            if (context.IsImporting && !type.TriggerOnImport)
            {
                LogHeldBackForImport(logger, type.Id, eventName, item.ContentItemId);
                continue;
            }

            if (chain.Contains(type.Id) || chain.Count >= WorkflowChain.MaxDepth)
            {
                LogNotRetriggered(logger, type.Id, eventName, item.ContentItemId, string.Join(" > ", chain));
                continue;
            }

            var request = new WorkflowRunRequest(type.Id, eventName, item.ContentItemId, item.ContentItemVersionId, chain);
            await jobs.EnqueueAsync(JobKind, JsonSerializer.Serialize(request));
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Workflow {WorkflowTypeId} not started by {Event} of {ContentItemId}: a recipe is importing.")]
    private static partial void LogHeldBackForImport(ILogger logger, string workflowTypeId, string @event, string contentItemId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow {WorkflowTypeId} not started by {Event} of {ContentItemId}: raised by its own run ({Chain}).")]
    private static partial void LogNotRetriggered(ILogger logger, string workflowTypeId, string @event, string contentItemId, string chain);
}
