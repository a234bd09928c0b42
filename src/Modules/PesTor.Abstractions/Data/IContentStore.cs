using PesTor.ContentManagement;
using PesTor.Indexing;
using PesTor.Queries;

namespace PesTor.Data;

/// <summary>
/// Storage of content versions and their index rows (implemented by PesTor.Data). It knows nothing of permissions or
/// version semantics; the content manager and the content query service do.
/// </summary>
public interface IContentStore
{
    Task<ContentItem?> GetLatestAsync(string contentItemId, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetPublishedAsync(string contentItemId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentItem>> GetManyAsync(IReadOnlyCollection<string> contentItemIds, bool published, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    /// <summary>All versions, oldest first.</summary>
    Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts a new version or updates an existing one (by <see cref="ContentItem.Id"/>), checking and renewing the concurrency
    /// stamp. When <paramref name="indexRows"/> is given the version's index rows are replaced by them; a version that is
    /// neither latest nor published loses its index rows.
    /// </summary>
    Task SaveAsync(ContentItem item, IReadOnlyList<FieldIndexRow>? indexRows, CancellationToken cancellationToken = default);

    /// <summary>Inserts many new versions with their index rows in batches (recipes, sample data, benchmarks).</summary>
    Task InsertManyAsync(IReadOnlyList<(ContentItem Item, IReadOnlyList<FieldIndexRow> IndexRows)> items, CancellationToken cancellationToken = default);

    /// <summary>Runs a query whose fields are resolved and whose permission filter is already applied.</summary>
    Task<ContentPage> QueryAsync(ContentQuery query, bool includeTotal, CancellationToken cancellationToken = default);

    Task<int> CountAsync(ContentQuery query, CancellationToken cancellationToken = default);

    /// <summary>Whether a published or latest item other than <paramref name="exceptContentItemId"/> already uses this autoroute path.</summary>
    Task<bool> IsPathTakenAsync(string path, string exceptContentItemId, CancellationToken cancellationToken = default);
}
