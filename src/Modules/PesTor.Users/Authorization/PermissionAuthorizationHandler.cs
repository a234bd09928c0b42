using Microsoft.AspNetCore.Authorization;
using PesTor.Security;

namespace PesTor.Users.Authorization;

/// <summary>Checks a <see cref="PermissionRequirement"/> against the permissions the caller's roles grant.</summary>
internal sealed class PermissionAuthorizationHandler(IPermissionGrantProvider grants) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.HasClaim(c => c.Type == PesTorClaimTypes.System)
            || (await grants.GetGrantedPermissionsAsync(context.User)).Contains(requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}
