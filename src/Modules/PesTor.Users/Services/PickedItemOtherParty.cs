using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentManagement;
using PesTor.Queries;
using PesTor.Security;

namespace PesTor.Users.Services;

/// <summary>
/// An item addressed through one of its picker fields: whoever owns the picked item (by Owner, or as the representative of
/// the entity its <see cref="TargetEntityField"/> picks) is the other party. The picked items are read as the system — the
/// caller's own rights on them do not matter, only whether they are the caller's.
/// </summary>
public abstract class PickedItemOtherParty(IServiceProvider services, IContentOwnership ownership) : IContentOtherParty
{
    /// <summary>How many picked items of one caller a filter names (a need author's needs, an owner's equipment).</summary>
    private const int MaxTargets = 1000;

    public abstract string ContentType { get; }

    /// <summary>The picker field of <see cref="ContentType"/>'s own part that names the addressed item.</summary>
    protected abstract string PickerField { get; }

    protected abstract string TargetType { get; }

    /// <summary>The target type's picker naming the entity that owns it (equipment's Owner), or null.</summary>
    protected virtual string? TargetEntityField => null;

    public async Task<bool> IsOtherPartyAsync(ClaimsPrincipal user, ContentItem item, CancellationToken cancellationToken = default)
    {
        var picked = Picked(item);
        if (picked.Count == 0 || ownership.OwnerIds(user).Count == 0)
        {
            return false;
        }

        // Resolved here, not injected: the content manager depends on the authorizer, which depends on this rule.
        var callers = services.GetRequiredService<ICallerAccessor>();
        using var system = callers.BeginSystemScope();
        var targets = await services.GetRequiredService<IContentManager>().GetManyAsync(picked, VersionOptions.Latest, cancellationToken);
        return targets.Any(t => t.ContentType == TargetType && ownership.IsOwner(user, t));
    }

    public async Task<ContentFilter?> FilterAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var ownerIds = ownership.OwnerIds(user);
        if (ownerIds.Count == 0)
        {
            return null;
        }

        var entities = ownership.ItemIds(user);
        var mine = TargetEntityField is null || entities.Count == 0
            ? ContentFilter.ByColumn(ContentColumn.Owner, FilterOperator.In, ownerIds)
            : ContentFilter.Or(
                ContentFilter.ByColumn(ContentColumn.Owner, FilterOperator.In, ownerIds),
                ContentFilter.ByField(TargetType, TargetEntityField, FilterOperator.In, entities));
        var callers = services.GetRequiredService<ICallerAccessor>();
        using var system = callers.BeginSystemScope();
        var targets = await services.GetRequiredService<IContentQueryService>().ListAsync(
            new ContentQuery { ContentTypes = [TargetType], Status = ContentStatus.Latest, Where = mine, Take = MaxTargets },
            cancellationToken: cancellationToken);
        return targets.Items.Count == 0
            ? null
            : ContentFilter.ByField(ContentType, PickerField, FilterOperator.In, targets.Items.Select(t => t.ContentItemId).ToList());
    }

    private IReadOnlyList<string> Picked(ContentItem item) =>
        item.Content[ContentType]?[PickerField]?["ContentItemIds"] is JsonArray ids
            ? [.. ids.OfType<JsonValue>().Select(v => v.TryGetValue(out string? id) ? id : null).OfType<string>()]
            : [];
}

/// <summary>A need's author sees the responses to the need.</summary>
public sealed class NeedResponseOtherParty(IServiceProvider services, IContentOwnership ownership) : PickedItemOtherParty(services, ownership)
{
    public override string ContentType => "NeedResponse";

    protected override string PickerField => "Need";

    protected override string TargetType => "Need";
}

/// <summary>The equipment's owner — its author or the representative of the entity that owns it — sees the loan requests for it.</summary>
public sealed class LoanRequestOtherParty(IServiceProvider services, IContentOwnership ownership) : PickedItemOtherParty(services, ownership)
{
    public override string ContentType => "LoanRequest";

    protected override string PickerField => "Equipment";

    protected override string TargetType => "Equipment";

    protected override string? TargetEntityField => "Owner";
}
