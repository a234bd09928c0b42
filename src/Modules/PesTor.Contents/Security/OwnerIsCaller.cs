using System.Security.Claims;
using PesTor.ContentManagement;
using PesTor.Security;

namespace PesTor.Contents.Security;

/// <summary>
/// An item is yours when its Owner is your user id, or when it is an entity you were approved to represent (a claim the
/// accounts module adds on approval, so it needs no lookup per check).
/// </summary>
internal sealed class OwnerIsCaller : IContentOwnership
{
    public bool IsOwner(ClaimsPrincipal user, ContentItem item) =>
        UserId(user) is { } id
        && (string.Equals(item.Owner, id, StringComparison.Ordinal) || ItemIds(user).Contains(item.ContentItemId, StringComparer.Ordinal));

    public IReadOnlyList<string> OwnerIds(ClaimsPrincipal user) => UserId(user) is { } id ? [id] : [];

    public IReadOnlyList<string> ItemIds(ClaimsPrincipal user) => UserId(user) is null
        ? []
        : [.. user.FindAll(PesTorClaimTypes.RepresentedEntity).Select(c => c.Value).Distinct(StringComparer.Ordinal)];

    internal static string? UserId(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
