using System.Security.Claims;
using PesTor.ContentManagement;
using PesTor.Metadata;
using PesTor.Security;

namespace PesTor.Contents.Security;

/// <summary>
/// Orchard's permission rules: a global permission covers every type; a securable type also accepts its per-type
/// permission; Publish implies Edit, Edit implies View; each full permission implies its "Own" variant.
/// Granted permissions are read once per scope.
/// </summary>
internal sealed class ContentAuthorizer(
    IPermissionGrantProvider grants,
    IContentDefinitionManager definitions,
    IContentOwnership ownership,
    IEnumerable<IContentOtherParty> otherParties) : IContentAuthorizer
{
    private readonly Dictionary<ClaimsPrincipal, IReadOnlySet<string>> _granted = [];

    public async Task<ContentAccessLevel> GetAccessAsync(ClaimsPrincipal user, ContentAction action, string contentType, CancellationToken cancellationToken = default)
    {
        if (IsSystem(user))
        {
            return ContentAccessLevel.All;
        }

        var granted = await GrantedAsync(user, cancellationToken);
        var securable = (await definitions.GetTypeDefinitionAsync(contentType, cancellationToken))?.Settings.Securable ?? false;
        var level = ContentAccessLevel.None;
        foreach (var implying in Implying(action))
        {
            if (granted.Contains(ContentPermissions.Global(implying, own: false))
                || (securable && granted.Contains(ContentPermissions.ForType(implying, own: false, contentType))))
            {
                return ContentAccessLevel.All;
            }

            if (granted.Contains(ContentPermissions.Global(implying, own: true))
                || (securable && granted.Contains(ContentPermissions.ForType(implying, own: true, contentType))))
            {
                level = ContentAccessLevel.Own;
            }
        }

        return level;
    }

    public async Task<bool> IsAllowedAsync(ClaimsPrincipal user, ContentAction action, ContentItem item, CancellationToken cancellationToken = default) =>
        await GetAccessAsync(user, action, item.ContentType, cancellationToken) switch
        {
            ContentAccessLevel.All => true,
            ContentAccessLevel.Own => ownership.IsOwner(user, item) || (action == ContentAction.View && await IsOtherPartyAsync(user, item, cancellationToken)),
            _ => false,
        };

    private async Task<bool> IsOtherPartyAsync(ClaimsPrincipal user, ContentItem item, CancellationToken cancellationToken)
    {
        foreach (var rule in otherParties)
        {
            if (rule.ContentType == item.ContentType && await rule.IsOtherPartyAsync(user, item, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    public async Task<bool> HasPermissionAsync(ClaimsPrincipal user, string permission, CancellationToken cancellationToken = default) =>
        IsSystem(user) || (await GrantedAsync(user, cancellationToken)).Contains(permission);

    private static IEnumerable<ContentAction> Implying(ContentAction action) => action switch
    {
        ContentAction.View => [ContentAction.View, ContentAction.Edit, ContentAction.Publish],
        ContentAction.Edit => [ContentAction.Edit, ContentAction.Publish],
        _ => [action],
    };

    private static bool IsSystem(ClaimsPrincipal user) => user.HasClaim(c => c.Type == PesTorClaimTypes.System);

    private async Task<IReadOnlySet<string>> GrantedAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!_granted.TryGetValue(user, out var set))
        {
            set = await grants.GetGrantedPermissionsAsync(user, cancellationToken);
            _granted[user] = set;
        }

        return set;
    }
}
