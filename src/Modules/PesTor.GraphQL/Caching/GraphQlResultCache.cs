using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PesTor.GraphQL.Services;

namespace PesTor.GraphQL.Caching;

/// <summary>
/// Serialized answers of repeated queries, per <see cref="GraphQlResultKey"/> (the request and who asks), each stamped with
/// the <see cref="GraphQlResultVersion"/> it was built at. An entry whose stamp differs from the current one is never
/// served: the query runs again and replaces it. Bounded by bytes, so many different queries push out the least used.
/// Hits and stores are counted (and stores logged at Debug) so tests and operators can see the cache work.
/// </summary>
internal sealed partial class GraphQlResultCache : IDisposable
{
    // What an entry costs beyond its body: the key's strings and the bookkeeping, roughly.
    private const int EntryOverheadBytes = 256;

    private readonly MemoryCache _cache;
    private readonly ILogger<GraphQlResultCache> _logger;
    private long _hits;
    private long _stores;

    public GraphQlResultCache(IOptions<GraphQlOptions> options, ILogger<GraphQlResultCache> logger)
    {
        var settings = options.Value.ResultCache;
        Enabled = settings.Enabled && settings.SizeLimitMegabytes > 0;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, settings.SizeLimitMegabytes) * 1024L * 1024 });
        _logger = logger;
    }

    public bool Enabled { get; }

    /// <summary>Answers served from the cache since start.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Answers stored since start.</summary>
    public long Stores => Interlocked.Read(ref _stores);

    public CachedGraphQlResult? Find(GraphQlResultKey key, GraphQlResultVersion version)
    {
        if (!_cache.TryGetValue(key, out Entry? entry) || entry!.Version != version)
        {
            return null;
        }

        Interlocked.Increment(ref _hits);
        return entry.Result;
    }

    /// <summary>
    /// Keeps an answer. <paramref name="settled"/> false means a content change below the stamp may still be committing
    /// (see <see cref="GraphQlResultStamps.SettledAsync"/>): the entry then lives only a few seconds.
    /// </summary>
    public void Store(GraphQlResultKey key, GraphQlResultVersion version, CachedGraphQlResult result, bool settled)
    {
        var size = result.Body.Length + key.Query.Length + (key.Variables?.Length ?? 0) + key.Permissions.Length + EntryOverheadBytes;
        var options = new MemoryCacheEntryOptions { Size = size };
        if (settled)
        {
            options.SlidingExpiration = TimeSpan.FromMinutes(10);
        }
        else
        {
            options.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(5);
        }

        _cache.Set(key, new Entry(version, result), options);
        Interlocked.Increment(ref _stores);
        LogStored(_logger, key.View, result.Body.Length, version.LastContentChange, settled);
    }

    public void Dispose() => _cache.Dispose();

    [LoggerMessage(Level = LogLevel.Debug, Message = "GraphQL answer cached for {View}: {Bytes} bytes at content change {LastContentChange} (settled: {Settled})")]
    private static partial void LogStored(ILogger logger, string view, int bytes, long lastContentChange, bool settled);

    private sealed record Entry(GraphQlResultVersion Version, CachedGraphQlResult Result);
}
