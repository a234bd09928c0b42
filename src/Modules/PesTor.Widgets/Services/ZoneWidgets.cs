using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Metadata;
using PesTor.Queries;
using PesTor.Widgets.Models;

namespace PesTor.Widgets.Services;

/// <summary>
/// The published widgets of a zone for a page: one content query for the zone's widgets (types of the Widget stereotype
/// that have a placement), in position order; then each widget's rule is tested against the page's path.
/// </summary>
public sealed class ZoneWidgets(IContentQueryService queries, IContentDefinitionManager definitions)
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

        var page = await queries.ListAsync(new ContentQuery
        {
            ContentTypes = types,
            Where = ContentFilter.ByField(WidgetPlacement.PartName, "Zone", FilterOperator.Eq, zone),
            OrderBy = [ContentOrder.ByField(WidgetPlacement.PartName, "Position"), ContentOrder.By(ContentColumn.CreatedUtc)],
            Take = MaxWidgetsPerZone,
        }, cancellationToken: cancellationToken);

        return [.. page.Items.Where(item => PlacementOf(item)?.Matches(path) == true)];
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
}
