using Microsoft.Extensions.Caching.Memory;
using PesTor.Maps.Models;

namespace PesTor.Maps.Services;

/// <summary>
/// The serialized layers last built, per layer and filters, each stamped with the content version it was built at (see
/// <see cref="MapLayerBodies"/>). An entry whose stamp is older than the current version is never served: it is rebuilt and
/// replaced. Bounded by bytes, so panning clients asking for many boxes push out the least used bodies.
/// </summary>
public sealed class MapLayerCache : IDisposable
{
    private const long SizeLimitBytes = 64L * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes });

    public MapLayerBody? Find(MapLayerCacheKey key, MapLayerVersion version) =>
        _cache.TryGetValue(key, out Entry? entry) && entry!.Version == version ? entry.Body : null;

    public void Store(MapLayerCacheKey key, MapLayerVersion version, MapLayerBody body) =>
        _cache.Set(key, new Entry(version, body), new MemoryCacheEntryOptions
        {
            Size = body.Body.Length + 256,
            SlidingExpiration = TimeSpan.FromMinutes(10),
        });

    public void Dispose() => _cache.Dispose();

    private sealed record Entry(MapLayerVersion Version, MapLayerBody Body);
}

/// <summary>
/// What a cached layer depends on besides the content: the layer, its filters (a record, compared by value) and the
/// language its category names are in.
/// </summary>
public sealed record MapLayerCacheKey(string Layer, MapFilters Filters, string Language);

/// <summary>
/// The state a layer was built from: the last content change (<see cref="PesTor.Data.IContentVersion"/>, the outbox's newest
/// message id, which every create, update, publish, unpublish, removal and import writes in its own transaction on any
/// node; the same stamp the site's term and zone caches use) and the definitions (category names come from field options).
/// </summary>
public sealed record MapLayerVersion(long LastContentChange, string Definitions);
