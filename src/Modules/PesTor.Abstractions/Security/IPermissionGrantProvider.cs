using System.Security.Claims;

namespace PesTor.Security;

/// <summary>Which permission names a caller holds, through its roles (implemented by the users/data side).</summary>
public interface IPermissionGrantProvider
{
    Task<IReadOnlySet<string>> GetGrantedPermissionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
