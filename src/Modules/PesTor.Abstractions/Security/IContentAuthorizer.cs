using System.Security.Claims;
using PesTor.ContentManagement;

namespace PesTor.Security;

/// <summary>
/// The single place that decides whether a caller may act on content. The content manager and the content query
/// ask it, so the admin, the public site, the HTTP API and GraphQL cannot disagree.
/// </summary>
public interface IContentAuthorizer
{
    /// <summary>The caller's access to a whole type for an action (used to build query filters).</summary>
    Task<ContentAccessLevel> GetAccessAsync(ClaimsPrincipal user, ContentAction action, string contentType, CancellationToken cancellationToken = default);

    /// <summary>Whether the caller may act on this item (Own rules applied to its owner).</summary>
    Task<bool> IsAllowedAsync(ClaimsPrincipal user, ContentAction action, ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Whether the caller holds a permission that is not about content (ManageDefinitions, AccessAdmin, ...).</summary>
    Task<bool> HasPermissionAsync(ClaimsPrincipal user, string permission, CancellationToken cancellationToken = default);
}
