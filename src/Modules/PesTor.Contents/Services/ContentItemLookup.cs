using PesTor.ContentManagement;
using PesTor.Contents.Fields;
using PesTor.Data;

namespace PesTor.Contents.Services;

/// <summary>Reference checks read the store directly: whether a picked item exists is not a question of who is asking.</summary>
internal sealed class ContentItemLookup(IContentStore store) : IContentItemLookup
{
    public Task<IReadOnlyList<ContentItem>> GetLatestAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken) =>
        store.GetManyAsync(contentItemIds, published: false, cancellationToken);
}
