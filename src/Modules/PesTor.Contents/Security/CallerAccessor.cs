using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using PesTor.Security;

namespace PesTor.Contents.Security;

/// <summary>The request's user, or the system inside <see cref="BeginSystemScope"/> (an async-local flag, so it follows awaits).</summary>
internal sealed class CallerAccessor(IHttpContextAccessor http) : ICallerAccessor
{
    private static readonly AsyncLocal<int> SystemDepth = new();
    private static readonly ClaimsPrincipal SystemPrincipal = new(new ClaimsIdentity([new Claim(PesTorClaimTypes.System, "true")], "system"));
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public ClaimsPrincipal Caller => IsSystem ? SystemPrincipal : http.HttpContext?.User ?? Anonymous;

    public bool IsSystem => SystemDepth.Value > 0;

    public IDisposable BeginSystemScope()
    {
        SystemDepth.Value++;
        return new Scope();
    }

    private sealed class Scope : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                SystemDepth.Value--;
                _disposed = true;
            }
        }
    }
}
