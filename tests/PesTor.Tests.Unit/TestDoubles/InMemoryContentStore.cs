using PesTor.ContentManagement;
using PesTor.Data;
using PesTor.Indexing;
using PesTor.Queries;

namespace PesTor.Tests.Unit.TestDoubles;

/// <summary>A store that knows only which autoroute paths are taken, and by whom; the rest is not used by these tests.</summary>
internal sealed class InMemoryContentStore : IContentStore
{
    private readonly Dictionary<string, string> _pathOwners = new(StringComparer.Ordinal);

    public InMemoryContentStore TakePath(string path, string contentItemId)
    {
        _pathOwners[path] = contentItemId;
        return this;
    }

    public Task<bool> IsPathTakenAsync(string path, string exceptContentItemId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_pathOwners.TryGetValue(path, out var owner) && !string.Equals(owner, exceptContentItemId, StringComparison.Ordinal));

    public Task<ContentItem?> GetLatestAsync(string contentItemId, CancellationToken cancellationToken = default) => throw NotUsed();

    public Task<ContentItem?> GetPublishedAsync(string contentItemId, CancellationToken cancellationToken = default) => throw NotUsed();

    public Task<IReadOnlyList<ContentItem>> GetManyAsync(IReadOnlyCollection<string> contentItemIds, bool published, CancellationToken cancellationToken = default) => throw NotUsed();

    public Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default) => throw NotUsed();

    public Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default) => throw NotUsed();

    public Task SaveAsync(ContentItem item, IReadOnlyList<FieldIndexRow>? indexRows, CancellationToken cancellationToken = default) => throw NotUsed();

    public Task InsertManyAsync(IReadOnlyList<(ContentItem Item, IReadOnlyList<FieldIndexRow> IndexRows)> items, CancellationToken cancellationToken = default) => throw NotUsed();

    public Task<ContentPage> QueryAsync(ContentQuery query, bool includeTotal, CancellationToken cancellationToken = default) => throw NotUsed();

    public Task<int> CountAsync(ContentQuery query, CancellationToken cancellationToken = default) => throw NotUsed();

    private static InvalidOperationException NotUsed() => new("not used by these tests");
}
