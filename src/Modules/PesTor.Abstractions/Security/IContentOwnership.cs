using System.Security.Claims;
using PesTor.ContentManagement;

namespace PesTor.Security;

/// <summary>
/// Decides whether an item counts as the caller's own for "Own" permissions. The default is "the caller is the owner";
/// a PES representative also owns the entities they were approved for (their RepresentedEntity claims).
/// </summary>
public interface IContentOwnership
{
    bool IsOwner(ClaimsPrincipal user, ContentItem item);

    /// <summary>The owner ids the caller counts as, for query filters on the Owner column.</summary>
    IReadOnlyList<string> OwnerIds(ClaimsPrincipal user);

    /// <summary>
    /// Items the caller counts as owning whoever their Owner is: the entities a PES representative was approved for
    /// (<see cref="PesTorClaimTypes.RepresentedEntity"/> claims), for query filters on the ContentItemId column.
    /// </summary>
    IReadOnlyList<string> ItemIds(ClaimsPrincipal user);
}
