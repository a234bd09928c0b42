using GraphQL.DataLoader;
using PesTor.ContentManagement;

namespace PesTor.GraphQL.Services;

/// <summary>
/// Per request: pickers and taxonomy fields ask for ids while a level of the query resolves; the first result awaited loads
/// every pending id in one <see cref="IContentManager.GetManyAsync"/> (so permissions apply and there is no N+1).
/// GraphQL.NET awaits <see cref="IDataLoaderResult"/> values only after the whole level ran, which is what makes this batch.
/// Queries execute serially (see the executer registration), so this needs no locking.
/// </summary>
internal sealed class ContentItemBatchLoader(IContentManager contents)
{
    private readonly Dictionary<string, ContentItem?> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);

    /// <summary>Queues the ids; the result is <paramref name="map"/> applied to the visible ones, in the order asked.</summary>
    public IDataLoaderResult Load(IReadOnlyList<string> contentItemIds, Func<IReadOnlyList<ContentItem>, object?> map)
    {
        foreach (var id in contentItemIds.Where(id => !_loaded.ContainsKey(id)))
        {
            _pending.Add(id);
        }

        return new Pending(this, contentItemIds, map);
    }

    private async Task<IReadOnlyList<ContentItem>> ResolveAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (_pending.Count > 0)
        {
            var batch = _pending.ToList();
            _pending.Clear();
            var items = await contents.GetManyAsync(batch, VersionOptions.Published, cancellationToken);
            foreach (var id in batch)
            {
                // Missing and hidden items are remembered as null, so they are not asked for again.
                _loaded[id] = null;
            }

            foreach (var item in items)
            {
                _loaded[item.ContentItemId] = item;
            }
        }

        return [.. ids.Select(id => _loaded.GetValueOrDefault(id)).OfType<ContentItem>()];
    }

    private sealed class Pending(ContentItemBatchLoader loader, IReadOnlyList<string> ids, Func<IReadOnlyList<ContentItem>, object?> map)
        : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await loader.ResolveAsync(ids, cancellationToken));
    }
}
