using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using PesTor.GraphQL.ApiClients;

namespace PesTor.GraphQL.Services;

/// <summary>
/// A fixed window per caller: the API client of a valid token, else the signed-in user, else the IP address. It runs in
/// the endpoint after the token is checked, so nobody can spend another client's allowance by sending its id.
/// </summary>
internal sealed class GraphQlRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter;

    public GraphQlRateLimiter(IOptions<GraphQlOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            var (key, permits) = Partition(http.User, http.Connection.RemoteIpAddress?.ToString(), settings);
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });
    }

    /// <summary>Null when the request may go on; otherwise how long the caller should wait.</summary>
    public TimeSpan? TryAcquire(HttpContext http)
    {
        using var lease = _limiter.AttemptAcquire(http);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();

    private static (string Key, int Permits) Partition(ClaimsPrincipal user, string? ip, GraphQlOptions settings) =>
        user.FindFirst(ApiClientClaims.ClientId)?.Value is { } client ? ("client:" + client, settings.ClientPermitsPerMinute)
        : user.Identity?.IsAuthenticated == true ? ("user:" + user.Identity.Name, settings.ClientPermitsPerMinute)
        : ("ip:" + (ip ?? "unknown"), settings.AnonymousPermitsPerMinute);
}
