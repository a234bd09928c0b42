using System.Text.Json;
using PesTor.ContentManagement;
using PesTor.Data;
using PesTor.Handlers;

namespace PesTor.Contents.Handlers;

/// <summary>
/// Writes every committed change to the outbox in the change's own transaction, so search, webhooks and caches on any
/// node learn of it exactly as durably as the change itself.
/// </summary>
internal sealed class OutboxContentHandler(IOutbox outbox) : ContentHandlerBase
{
    public override Task CreatedAsync(CreateContentContext context) => Write(OutboxTopics.ContentCreated, context.ContentItem);

    public override Task UpdatedAsync(UpdateContentContext context) => Write(OutboxTopics.ContentUpdated, context.ContentItem);

    public override Task PublishedAsync(PublishContentContext context) => Write(OutboxTopics.ContentPublished, context.ContentItem);

    public override Task UnpublishedAsync(PublishContentContext context) => Write(OutboxTopics.ContentUnpublished, context.ContentItem);

    public override Task RemovedAsync(RemoveContentContext context) => Write(OutboxTopics.ContentRemoved, context.ContentItem);

    private Task Write(string topic, ContentItem item) =>
        outbox.EnqueueAsync(topic, item.ContentItemId, JsonSerializer.Serialize(new
        {
            item.ContentItemId,
            item.ContentItemVersionId,
            item.ContentType,
        }));
}
