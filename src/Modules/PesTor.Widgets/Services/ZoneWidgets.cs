using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Data;
using PesTor.Metadata;
using PesTor.Queries;
using PesTor.Security;
using PesTor.Widgets.Models;

namespace PesTor.Widgets.Services;

/// <summary>
/// The published widgets of a zone for a page: one content query for the zone's widgets (types of the Widget stereotype
/// that have a placement), in position order; then each widget's rule is tested against the page's path. A caller who may
/// view every widget type (visitors do) gets the zone's list from <see cref="ZoneWidgetCache"/> while nothing changed.
/// </summary>
public sealed class ZoneWidgets(
    IContentQueryService queries,
    IContentDefinitionManager definitions,
    IContentVersion version,
    ZoneWidgetCache cache,
    IContentAuthorizer authorizer,
    ICallerAccessor callers)
{
    public const string Stereotype = "Widget";

    /// <summary>A zone holds a handful of widgets; this bounds the query, not what editors are expected to place.</summary>
    private const int MaxWidgetsPerZone = 100;

    public async Task<IReadOnlyList<ContentItem>> ForPageAsync(string zone, string path, CancellationToken cancellationToken)
    {
        var document = await definitions.GetDocumentAsync(cancellationToken);
        var types = document.ContentTypes
            .Where(t => t.Settings.Stereotype == Stereotype && t.HasPart(WidgetPlacement.PartName))
            .Select(t => t.Name)
            .ToList();
        if (types.Count == 0)
        {
            return [];
        }

        return await ViewsAllAsync(types, cancellationToken)
            ? await SharedAsync(zone, path, types, document.Identifier, cancellationToken)
            : OnPage(await QueryAsync(zone, types, cancellationToken), path);
    }

    public static WidgetPlacement? PlacementOf(ContentItem item)
    {
        var zone = item.GetField<TextField>(WidgetPlacement.PartName, "Zone")?.Text;
        var rule = item.GetField<TextField>(WidgetPlacement.PartName, "Rule")?.Text;
        if (zone is null || rule is null)
        {
            return null;
        }

        return new WidgetPlacement(
            zone,
            rule,
            item.GetField<TextField>(WidgetPlacement.PartName, "PathPrefix")?.Text,
            item.GetField<NumericField>(WidgetPlacement.PartName, "Position")?.Value ?? 0);
    }

    private async Task<IReadOnlyList<ContentItem>> SharedAsync(string zone, string path, List<string> types, string definitionsIdentifier, CancellationToken cancellationToken)
    {
        // The version is read before the content: a change committed in between makes the next request query again.
        var current = await version.CurrentAsync(cancellationToken);
        if (cache.Find(zone, current, definitionsIdentifier, path) is { } cached)
        {
            return cached;
        }

        var widgets = await QueryAsync(zone, types, cancellationToken);
        cache.Store(zone, current, definitionsIdentifier, widgets);
        return OnPage(widgets, path);
    }

    private static List<ContentItem> OnPage(IReadOnlyList<ContentItem> widgets, string path) =>
        [.. widgets.Where(item => PlacementOf(item)?.Matches(path) == true)];

    private async Task<IReadOnlyList<ContentItem>> QueryAsync(string zone, List<string> types, CancellationToken cancellationToken) =>
        (await queries.ListAsync(new ContentQuery
        {
            ContentTypes = types,
            Where = ContentFilter.ByField(WidgetPlacement.PartName, "Zone", FilterOperator.Eq, zone),
            OrderBy = [ContentOrder.ByField(WidgetPlacement.PartName, "Position"), ContentOrder.By(ContentColumn.CreatedUtc)],
            Take = MaxWidgetsPerZone,
        }, cancellationToken: cancellationToken)).Items;

    private async Task<bool> ViewsAllAsync(List<string> types, CancellationToken cancellationToken)
    {
        foreach (var type in types)
        {
            if (await authorizer.GetAccessAsync(callers.Caller, ContentAction.View, type, cancellationToken) != ContentAccessLevel.All)
            {
                return false;
            }
        }

        return true;
    }
}
