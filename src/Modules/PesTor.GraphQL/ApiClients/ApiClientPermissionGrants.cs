using System.Security.Claims;
using PesTor.Security;

namespace PesTor.GraphQL.ApiClients;

/// <summary>
/// Permissions of a request made with an API client's token: what an anonymous visitor holds, ExecuteGraphQL, and for the
/// read-drafts scope View and Edit of every type — Edit because the content query shows drafts to those who may edit them.
/// Nothing writes with a token (GraphQL has no mutations and no other endpoint accepts tokens), so Edit only widens reads.
/// Every other caller gets the roles' permissions from the wrapped provider.
/// </summary>
internal sealed class ApiClientPermissionGrants(IPermissionGrantProvider roles) : IPermissionGrantProvider
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public async Task<IReadOnlySet<string>> GetGrantedPermissionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (ApiClientClaims.ScopeOf(user) is not { } scope)
        {
            return await roles.GetGrantedPermissionsAsync(user, cancellationToken);
        }

        var granted = new HashSet<string>(await roles.GetGrantedPermissionsAsync(Anonymous, cancellationToken), StringComparer.Ordinal)
        {
            SitePermissions.ExecuteGraphQL,
        };
        if (scope == ApiClientScope.ReadDrafts)
        {
            granted.Add(ContentPermissions.ViewContent);
            granted.Add(ContentPermissions.EditContent);
        }

        return granted;
    }
}
