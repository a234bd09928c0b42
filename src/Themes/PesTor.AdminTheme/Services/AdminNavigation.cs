using PesTor.Admin;
using PesTor.Security;

namespace PesTor.AdminTheme.Services;

/// <summary>
/// The side navigation for the current caller: the items of every <see cref="IAdminMenuProvider"/> whose permission the
/// caller holds, grouped by heading and ordered.
/// </summary>
public sealed class AdminNavigation(
    IEnumerable<IAdminMenuProvider> providers,
    ICallerAccessor caller,
    IPermissionGrantProvider grants)
{
    public async Task<IReadOnlyList<AdminMenuGroup>> BuildAsync(CancellationToken cancellationToken = default)
    {
        var granted = await grants.GetGrantedPermissionsAsync(caller.Caller, cancellationToken);
        var items = new List<AdminMenuItem>();
        foreach (var provider in providers)
        {
            items.AddRange((await provider.GetItemsAsync(cancellationToken))
                .Where(item => item.Permission is null || caller.IsSystem || granted.Contains(item.Permission)));
        }

        return items
            .GroupBy(item => item.Group, StringComparer.Ordinal)
            .OrderBy(group => group.Min(item => item.Order))
            .Select(group => new AdminMenuGroup(group.Key, [.. group.OrderBy(item => item.Order).ThenBy(item => item.Text, StringComparer.CurrentCulture)]))
            .ToList();
    }

    /// <summary>Whether a menu link is the page being shown (or a page under it), for aria-current.</summary>
    public static bool IsCurrent(AdminMenuItem item, string requestPath) =>
        string.Equals(item.Url, requestPath, StringComparison.OrdinalIgnoreCase)
        || (item.Url != "/admin" && requestPath.StartsWith(item.Url + "/", StringComparison.OrdinalIgnoreCase));
}
