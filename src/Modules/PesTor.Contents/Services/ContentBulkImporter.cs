using System.Text.Json;
using PesTor.ContentManagement;
using PesTor.Data;
using PesTor.Handlers;
using PesTor.Indexing;
using PesTor.Security;

namespace PesTor.Contents.Services;

/// <summary>Batches new items into the store with the index rows the content manager would write.</summary>
internal sealed class ContentBulkImporter(
    IContentStore store,
    IOutbox outbox,
    IUnitOfWork unitOfWork,
    ContentItemProcessor processor,
    ICallerAccessor callers,
    IEnumerable<IContentImportHandler> importHandlers,
    TimeProvider clock) : IContentBulkImporter
{
    public async Task ImportAsync(IReadOnlyList<ContentItem> items, bool publish, bool validate, CancellationToken cancellationToken = default)
    {
        if (!callers.IsSystem)
        {
            throw new ContentAccessDeniedException("Only the system may import content in bulk.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var batch = new List<(ContentItem, IReadOnlyList<FieldIndexRow>)>(items.Count);
        foreach (var item in items)
        {
            item.Id = 0;
            item.ContentItemId = string.IsNullOrEmpty(item.ContentItemId) ? ContentIds.New() : item.ContentItemId;
            item.ContentItemVersionId = string.IsNullOrEmpty(item.ContentItemVersionId) ? ContentIds.New() : item.ContentItemVersionId;
            item.Latest = true;
            item.Published = publish;
            item.CreatedUtc ??= now;
            item.ModifiedUtc ??= now;
            item.PublishedUtc = publish ? item.PublishedUtc ?? now : null;
            var rows = validate ? await processor.ProcessAsync(item, cancellationToken) : await processor.IndexAsync(item, cancellationToken);
            batch.Add((item, rows));
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await store.InsertManyAsync(batch, cancellationToken);
        await outbox.EnqueueAsync(OutboxTopics.ContentImported, null, JsonSerializer.Serialize(items.Select(i => i.ContentItemId)), cancellationToken);
        var imported = new ImportedContentContext(
            [.. items.Select(i => i.ContentType).Distinct(StringComparer.Ordinal)], [.. items.Select(i => i.ContentItemId)], publish);
        foreach (var handler in importHandlers)
        {
            await handler.ImportedAsync(imported);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
