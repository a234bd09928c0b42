using Microsoft.Extensions.Caching.Memory;
using PesTor.Maps.Models;

namespace PesTor.Maps.Services;

/// <summary>
/// The layers last built, per layer, filters and language, each with the content it reflects (see
/// <see cref="MapLayerBodies"/>): served while the content is unchanged, and the base a changed layer is updated from.
/// Bounded by bytes, so panning clients asking for many boxes push out the least used layers.
/// </summary>
public sealed class MapLayerCache : IDisposable
{
    private const long SizeLimitBytes = 64L * 1024 * 1024;

    // Builds and updates of one key take turns (keys share a lock by hash, so the locks stay few however many boxes are asked).
    private const int LockStripes = 32;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes });

    private readonly SemaphoreSlim[] _locks = [.. Enumerable.Range(0, LockStripes).Select(_ => new SemaphoreSlim(1, 1))];

    public MapLayerSnapshot? Find(MapLayerCacheKey key) => _cache.TryGetValue(key, out MapLayerSnapshot? snapshot) ? snapshot : null;

    /// <summary>Keeps <paramref name="snapshot"/> unless a request that read the content later has already stored a newer one.</summary>
    public void Store(MapLayerCacheKey key, MapLayerSnapshot snapshot)
    {
        if (Find(key) is { } current && current.Stamp.Definitions == snapshot.Stamp.Definitions && current.Stamp.Head > snapshot.Stamp.Head)
        {
            return;
        }

        _cache.Set(key, snapshot, new MemoryCacheEntryOptions { Size = snapshot.Size, SlidingExpiration = TimeSpan.FromMinutes(10) });
    }

    /// <summary>Waits until no other request builds or updates <paramref name="key"/>'s layer; dispose the result to let the next one in.</summary>
    public async Task<IDisposable> WaitTurnAsync(MapLayerCacheKey key, CancellationToken cancellationToken)
    {
        var gate = _locks[(key.GetHashCode() & int.MaxValue) % LockStripes];
        await gate.WaitAsync(cancellationToken);
        return new Turn(gate);
    }

    public void Dispose()
    {
        _cache.Dispose();
        foreach (var gate in _locks)
        {
            gate.Dispose();
        }
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private SemaphoreSlim? _gate = gate;

        public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Release();
    }
}

/// <summary>
/// What a cached layer depends on besides the content: the layer, its filters (a record, compared by value) and the
/// language its category names are in.
/// </summary>
public sealed record MapLayerCacheKey(string Layer, MapFilters Filters, string Language);
