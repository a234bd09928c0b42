using System.Security.Claims;
using PesTor.ContentManagement;
using PesTor.Queries;

namespace PesTor.Security;

/// <summary>
/// "The other party" of a private type: someone who may view an item they do not own because it is addressed to them — a
/// need's author sees the responses to the need, an equipment's owner the loan requests for it (SPEC §2). Consulted only for
/// View, and only when the caller's roles give "Own" view access to the type (ViewOwn_*), by the content authorizer (one item)
/// and the content query (a filter), so every surface agrees.
/// </summary>
public interface IContentOtherParty
{
    /// <summary>The type whose items this rule opens to the other party.</summary>
    string ContentType { get; }

    Task<bool> IsOtherPartyAsync(ClaimsPrincipal user, ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>The items of <see cref="ContentType"/> the caller is the other party of, as a filter (unresolved, like a caller's); null when none.</summary>
    Task<ContentFilter?> FilterAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
