using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;
using PesTor.ContentManagement;
using PesTor.Data;
using PesTor.Handlers;

namespace PesTor.Theme.OutputCaching;

/// <summary>
/// Evicts the cached public pages a change affects once the change is committed: the item's own page and every page that
/// lists its type; for a bulk import, every page listing the imported types. With Redis as the store
/// (<c>PesTor:Redis</c>) the eviction reaches every node at once.
/// </summary>
public sealed partial class OutputCacheEvictionHandler(IOutputCacheStore store, IUnitOfWork unitOfWork, ILogger<OutputCacheEvictionHandler> logger)
    : ContentHandlerBase, IContentImportHandler
{
    public override Task PublishedAsync(PublishContentContext context) => Evict(context.ContentItem);

    public override Task UnpublishedAsync(PublishContentContext context) => Evict(context.ContentItem);

    public override Task RemovedAsync(RemoveContentContext context) => Evict(context.ContentItem);

    /// <summary>A published version edited in place (types without drafts) changes the public page too.</summary>
    public override Task UpdatedAsync(UpdateContentContext context) => context.ContentItem.Published ? Evict(context.ContentItem) : Task.CompletedTask;

    /// <summary>Imported drafts change no public page; published ones may appear in any list of their types.</summary>
    public Task ImportedAsync(ImportedContentContext context)
    {
        if (!context.Published)
        {
            return Task.CompletedTask;
        }

        var types = context.ContentTypes;
        unitOfWork.AfterCommit(async cancellationToken =>
        {
            foreach (var type in types)
            {
                await store.EvictByTagAsync(CacheTags.Type(type), cancellationToken);
            }

            LogImportEvicted(logger, types.Count, string.Join(", ", types));
        });
        return Task.CompletedTask;
    }

    private Task Evict(ContentItem item)
    {
        var id = item.ContentItemId;
        var type = item.ContentType;
        unitOfWork.AfterCommit(async cancellationToken =>
        {
            await store.EvictByTagAsync(CacheTags.Item(id), cancellationToken);
            await store.EvictByTagAsync(CacheTags.Type(type), cancellationToken);
            LogEvicted(logger, id, type);
        });
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Output cache evicted for {ContentItemId} ({ContentType})")]
    private static partial void LogEvicted(ILogger logger, string contentItemId, string contentType);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Output cache evicted after a bulk import of {TypeCount} types ({ContentTypes})")]
    private static partial void LogImportEvicted(ILogger logger, int typeCount, string contentTypes);
}
