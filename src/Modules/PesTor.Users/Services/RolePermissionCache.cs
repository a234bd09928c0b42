using System.Collections.Concurrent;

namespace PesTor.Users.Services;

/// <summary>
/// Permission names per role, kept for a short time so a page does not read role claims on every request.
/// Role edits call <see cref="Invalidate"/>; other nodes pick changes up when entries expire.
/// </summary>
public sealed class RolePermissionCache(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (IReadOnlySet<string> Permissions, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string role, out IReadOnlySet<string> permissions)
    {
        if (_entries.TryGetValue(role, out var entry) && entry.Expires > clock.GetUtcNow())
        {
            permissions = entry.Permissions;
            return true;
        }

        permissions = new HashSet<string>();
        return false;
    }

    public void Set(string role, IReadOnlySet<string> permissions) => _entries[role] = (permissions, clock.GetUtcNow() + Lifetime);

    public void Invalidate() => _entries.Clear();
}
