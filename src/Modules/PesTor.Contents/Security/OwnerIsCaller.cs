using System.Security.Claims;
using PesTor.ContentManagement;
using PesTor.Security;

namespace PesTor.Contents.Security;

/// <summary>The default ownership rule: an item is yours when its Owner is your user id.</summary>
internal sealed class OwnerIsCaller : IContentOwnership
{
    public bool IsOwner(ClaimsPrincipal user, ContentItem item) =>
        UserId(user) is { } id && string.Equals(item.Owner, id, StringComparison.Ordinal);

    public IReadOnlyList<string> OwnerIds(ClaimsPrincipal user) => UserId(user) is { } id ? [id] : [];

    internal static string? UserId(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
