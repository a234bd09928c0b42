using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Security;

namespace PesTor.Users.Services;

/// <summary>
/// A caller holds the permissions of its roles (role claims of type <see cref="RoleNames.PermissionClaimType"/>), plus those of
/// the Anonymous pseudo-role, plus those of Authenticated when signed in. The role manager (and with it a database
/// context) is resolved only when a role is not cached: most requests ask for cached roles only, and building a context
/// for nothing was half the cost of a GraphQL answer served from the result cache.
/// </summary>
internal sealed class RolePermissionGrantProvider(IServiceProvider services, RolePermissionCache cache) : IPermissionGrantProvider
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

        var roles = services.GetRequiredService<RoleManager<PesTorRole>>();
        var role = await roles.FindByNameAsync(roleName);
        IReadOnlySet<string> permissions = role is null
            ? new HashSet<string>()
            : (await roles.GetClaimsAsync(role)).Where(c => c.Type == RoleNames.PermissionClaimType).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        cache.Set(roleName, permissions);
        return permissions;
    }
}
