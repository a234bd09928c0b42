using System.Collections.Concurrent;
using PesTor.ContentParts;

namespace PesTor.Theme.Services;

/// <summary>
/// The terms of published taxonomies, shared by all requests: every directory page shows its filters' terms, and reading
/// and parsing whole taxonomy documents on each request was a large share of a page's work. Each entry carries the content
/// version it was read at (<see cref="PesTor.Data.IContentVersion"/>) and is served only while that is still the current
/// version, so any change — on this node or another — makes the next request read the taxonomy again.
/// The term objects are only ever read after they are stored.
/// </summary>
public sealed class PublishedTaxonomyCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public Entry? Find(string taxonomyId, long version) =>
        _entries.TryGetValue(taxonomyId, out var entry) && entry.Version == version ? entry : null;

    public void Store(string taxonomyId, Entry entry) => _entries[taxonomyId] = entry;

    /// <param name="ContentType">The taxonomy's type: an entry is served only to callers who may view every item of it.</param>
    public sealed record Entry(long Version, string ContentType, IReadOnlyList<TaxonomyTerm> Terms);
}
