using System.Security.Claims;
using PesTor.ContentManagement;

namespace PesTor.Security;

/// <summary>
/// Decides whether an item counts as the caller's own for "Own" permissions. The default is "the caller is the owner";
/// modules add more (a PES representative owns the entity they were approved for).
/// </summary>
public interface IContentOwnership
{
    bool IsOwner(ClaimsPrincipal user, ContentItem item);

    /// <summary>The owner ids the caller counts as, for query filters on the Owner column.</summary>
    IReadOnlyList<string> OwnerIds(ClaimsPrincipal user);
}
