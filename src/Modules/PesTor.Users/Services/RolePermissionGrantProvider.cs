using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using PesTor.Security;

namespace PesTor.Users.Services;

/// <summary>
/// A caller holds the permissions of its roles (role claims of type <see cref="RoleNames.PermissionClaimType"/>), plus those of
/// the Anonymous pseudo-role, plus those of Authenticated when signed in.
/// </summary>
internal sealed class RolePermissionGrantProvider(RoleManager<PesTorRole> roles, RolePermissionCache cache) : IPermissionGrantProvider
{
    public async Task<IReadOnlySet<string>> GetGrantedPermissionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var roleNames = new List<string> { RoleNames.Anonymous };
        if (user.Identity?.IsAuthenticated == true)
        {
            roleNames.Add(RoleNames.Authenticated);
            roleNames.AddRange(user.FindAll(ClaimTypes.Role).Select(c => c.Value));
        }

        var granted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var roleName in roleNames.Distinct(StringComparer.Ordinal))
        {
            granted.UnionWith(await PermissionsOfAsync(roleName));
        }

        return granted;
    }

    private async Task<IReadOnlySet<string>> PermissionsOfAsync(string roleName)
    {
        if (cache.TryGet(roleName, out var cached))
        {
            return cached;
        }

        var role = await roles.FindByNameAsync(roleName);
        IReadOnlySet<string> permissions = role is null
            ? new HashSet<string>()
            : (await roles.GetClaimsAsync(role)).Where(c => c.Type == RoleNames.PermissionClaimType).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        cache.Set(roleName, permissions);
        return permissions;
    }
}
