using System.Security.Claims;
using PesTor.Audit;
using PesTor.ContentManagement;
using PesTor.Handlers;
using PesTor.Security;

namespace PesTor.Admin.Handlers;

/// <summary>
/// Writes an audit line for every content change a person (or background work) makes, inside the change's own
/// transaction. Recipe imports are left out: they are recorded by the recipe run, and a sample-data import would add
/// thousands of lines nobody reads.
/// </summary>
internal sealed class AuditContentHandler(IAuditTrail audit, ICallerAccessor callers, TimeProvider clock) : ContentHandlerBase
{
    public override Task CreatedAsync(CreateContentContext context) => RecordAsync(AuditActions.Created, context);

    public override Task UpdatedAsync(UpdateContentContext context) => RecordAsync(AuditActions.Updated, context);

    public override Task PublishedAsync(PublishContentContext context) => RecordAsync(AuditActions.Published, context);

    public override Task UnpublishedAsync(PublishContentContext context) => RecordAsync(AuditActions.Unpublished, context);

    public override Task RemovedAsync(RemoveContentContext context) => RecordAsync(AuditActions.Removed, context);

    private Task RecordAsync(string action, ContentContext context)
    {
        if (context.IsImporting)
        {
            return Task.CompletedTask;
        }

        var caller = callers.Caller;
        var item = context.ContentItem;
        return audit.RecordAsync(new AuditEntry(
            action,
            item.ContentItemId,
            item.ContentItemVersionId,
            item.ContentType,
            item.DisplayText,
            callers.IsSystem ? null : caller.FindFirstValue(ClaimTypes.NameIdentifier),
            callers.IsSystem ? "system" : caller.Identity?.Name,
            clock.GetUtcNow().UtcDateTime));
    }
}
