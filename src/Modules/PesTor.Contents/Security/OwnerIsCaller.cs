using System.Security.Claims;
using System.Text.Json.Nodes;
using PesTor.ContentManagement;
using PesTor.Security;

namespace PesTor.Contents.Security;

/// <summary>
/// An item is yours when its Owner is your user id, when it is an entity you were approved to represent (a claim the
/// accounts module adds on approval, so it needs no lookup per check), or when it is tied to such an entity — its own
/// fields pick it (an offer's Entity, equipment's Owner).
/// </summary>
internal sealed class OwnerIsCaller : IContentOwnership
{
    public bool IsOwner(ClaimsPrincipal user, ContentItem item)
    {
        if (UserId(user) is not { } id)
        {
            return false;
        }

        if (string.Equals(item.Owner, id, StringComparison.Ordinal))
        {
            return true;
        }

        var entities = ItemIds(user);
        return entities.Count > 0 && (entities.Contains(item.ContentItemId, StringComparer.Ordinal) || PicksAny(item, entities));
    }

    public IReadOnlyList<string> OwnerIds(ClaimsPrincipal user) => UserId(user) is { } id ? [id] : [];

    public IReadOnlyList<string> ItemIds(ClaimsPrincipal user) => UserId(user) is null
        ? []
        : [.. user.FindAll(PesTorClaimTypes.RepresentedEntity).Select(c => c.Value).Distinct(StringComparer.Ordinal)];

    internal static string? UserId(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    // The type's own fields sit in the part named after the type; a picker field holds ContentItemIds.
    private static bool PicksAny(ContentItem item, IReadOnlyList<string> entities) =>
        item.Content[item.ContentType] is JsonObject part
        && part.Any(field => field.Value is JsonObject value && value["ContentItemIds"] is JsonArray ids
            && ids.Any(picked => picked is JsonValue v && v.TryGetValue(out string? pickedId) && entities.Contains(pickedId, StringComparer.Ordinal)));
}
