using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using PesTor.GraphQL.ApiClients;

namespace PesTor.GraphQL.Services;

/// <summary>
/// A fixed window per caller and clock minute: the API client of a valid token, else the signed-in user, else the IP
/// address. It runs in the endpoint after the token is checked, so nobody can spend another client's allowance by sending
/// its id. Each caller's count is one 64-bit word (the minute and the count) updated without a lock: the partitioned
/// limiter of System.Threading.RateLimiting takes one global lock per request, which under load was a tenth of the CPU of
/// an answer served from the result cache. Counters of past minutes are dropped once a minute.
/// </summary>
internal sealed class GraphQlRateLimiter(IOptions<GraphQlOptions> options, TimeProvider clock)
{
    private static readonly long WindowTicks = TimeSpan.FromMinutes(1).Ticks;

    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);
    private readonly GraphQlOptions _settings = options.Value;
    private long _sweptWindow;

    /// <summary>Null when the request may go on; otherwise how long the caller should wait.</summary>
    public TimeSpan? TryAcquire(HttpContext http)
    {
        var (key, permits) = Partition(http.User, http.Connection.RemoteIpAddress?.ToString(), _settings);
        var now = clock.GetUtcNow().UtcTicks;
        var window = now / WindowTicks;
        Sweep(window);
        return _counters.GetOrAdd(key, static _ => new Counter()).TryTake(window, permits)
            ? null
            : TimeSpan.FromTicks((window + 1) * WindowTicks - now);
    }

    // The first request of a new minute drops the counters of callers not seen in the last one.
    private void Sweep(long window)
    {
        if (Interlocked.Read(ref _sweptWindow) == window || Interlocked.Exchange(ref _sweptWindow, window) == window)
        {
            return;
        }

        foreach (var (key, counter) in _counters)
        {
            if (counter.Window < window - 1)
            {
                _counters.TryRemove(key, out _);
            }
        }
    }

    private static (string Key, int Permits) Partition(ClaimsPrincipal user, string? ip, GraphQlOptions settings) =>
        user.FindFirst(ApiClientClaims.ClientId)?.Value is { } client ? ("client:" + client, settings.ClientPermitsPerMinute)
        : user.Identity?.IsAuthenticated == true ? ("user:" + user.Identity.Name, settings.ClientPermitsPerMinute)
        : ("ip:" + (ip ?? "unknown"), settings.AnonymousPermitsPerMinute);

    /// <summary>The minute in the high 32 bits, the requests counted in it in the low 32.</summary>
    private sealed class Counter
    {
        private long _state;

        public long Window => Volatile.Read(ref _state) >>> 32;

        public bool TryTake(long window, int permits)
        {
            while (true)
            {
                var state = Volatile.Read(ref _state);
                var count = state >>> 32 == window ? (uint)state : 0u;
                if (count >= (uint)permits)
                {
                    return false;
                }

                if (Interlocked.CompareExchange(ref _state, (window << 32) | (count + 1), state) == state)
                {
                    return true;
                }
            }
        }
    }
}
