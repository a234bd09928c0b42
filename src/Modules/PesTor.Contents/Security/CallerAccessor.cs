using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using PesTor.Security;

namespace PesTor.Contents.Security;

/// <summary>
/// The request's user, or the system inside <see cref="BeginSystemScope"/> and <see cref="BeginImportScope"/>
/// (async-local flags, so they follow awaits and never leak to other requests).
/// </summary>
internal sealed class CallerAccessor(IHttpContextAccessor http) : ICallerAccessor
{
    private static readonly AsyncLocal<int> SystemDepth = new();
    private static readonly AsyncLocal<int> ImportDepth = new();
    private static readonly ClaimsPrincipal SystemPrincipal = new(new ClaimsIdentity([new Claim(PesTorClaimTypes.System, "true")], "system"));
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public ClaimsPrincipal Caller => IsSystem ? SystemPrincipal : http.HttpContext?.User ?? Anonymous;

    public bool IsSystem => SystemDepth.Value > 0 || ImportDepth.Value > 0;

    public bool IsImporting => ImportDepth.Value > 0;

    public IDisposable BeginSystemScope() => new Scope(SystemDepth);

    public IDisposable BeginImportScope() => new Scope(ImportDepth);

    private sealed class Scope : IDisposable
    {
        private readonly AsyncLocal<int> _depth;
        private bool _disposed;

        public Scope(AsyncLocal<int> depth)
        {
            _depth = depth;
            _depth.Value++;
        }

        public void Dispose()
        {
            if (!_disposed)
            {
                _depth.Value--;
                _disposed = true;
            }
        }
    }
}
