using System.Globalization;
using System.Text.Json;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Maps.Models;
using PesTor.Metadata;
using PesTor.Queries;

namespace PesTor.Maps.Services;

/// <summary>
/// The items of a layer as map features. Only what a feature shows is read — title, path, point, category (and a
/// premises' area) — from the index tables, through <see cref="IContentIndexReader"/>: the content query's checks and
/// permission filter (published items of the types the caller may view), the layer's filters, keyset pages of
/// <see cref="PageSize"/>. Category names come from the taxonomies and the fields' options.
/// </summary>
public sealed class MapFeatureQuery(IContentIndexReader reader, IContentManager contents, IContentDefinitionManager definitions)
{
    private const int PageSize = 5000;

    // The values every feature reads, then the layer's category columns (see CategoryColumns).
    private static readonly ContentIndexColumn Path = new(PartNames.Autoroute, nameof(AutoroutePart.Path));

    public async Task<IReadOnlyList<MapFeature>> ListAsync(MapLayer layer, MapFilters filters, CancellationToken cancellationToken)
    {
        var document = await definitions.GetDocumentAsync(cancellationToken);
        return document.FindType(layer.ContentType) is null
            ? []
            : await ListAsync(layer, filters, await CategoryLabelsAsync(layer, document, cancellationToken), null, cancellationToken);
    }

    /// <summary>
    /// The layer's features named with <paramref name="labels"/> (see <see cref="CategoryLabelsAsync"/>); with
    /// <paramref name="itemIds"/>, only those items' (the same query and filters, narrowed by id in SQL), for a layer
    /// updated after a few changes.
    /// </summary>
    public async Task<IReadOnlyList<MapFeature>> ListAsync(
        MapLayer layer, MapFilters filters, IReadOnlyDictionary<string, string> labels, IReadOnlyCollection<string>? itemIds, CancellationToken cancellationToken)
    {
        if (itemIds is { Count: 0 })
        {
            return [];
        }

        var where = itemIds is null
            ? filters.Where(layer)
            : ContentFilter.And(filters.Where(layer, placedInSql: false), ContentFilter.ByColumn(ContentColumn.ContentItemId, FilterOperator.In, itemIds.ToArray()));

        ContentIndexColumn[] columns =
        [
            Path,
            new(layer.Part, MapLayer.LocationField, "Latitude"),
            new(layer.Part, MapLayer.LocationField, "Longitude"),
            .. CategoryColumns(layer),
        ];
        var query = new ContentIndexQuery
        {
            Query = new ContentQuery { ContentTypes = [layer.ContentType], Where = where },
            Columns = columns,
            Take = PageSize,
        };

        var features = new List<MapFeature>();
        do
        {
            var page = await reader.ReadAsync(query, cancellationToken);
            foreach (var row in page.Rows)
            {
                if (ToFeature(layer, row, labels) is { } feature)
                {
                    features.Add(feature);
                }
            }

            query = query with { After = page.Next };
        }
        while (query.After is not null);

        return features;
    }

    private static ContentIndexColumn[] CategoryColumns(MapLayer layer) =>
        layer == MapLayer.Entities ? [new("Entity", "LegalForm")]
        : layer == MapLayer.Support ? [new("SupportPoint", "SupportType")]
        : [new("Premises", "Status"), new("Premises", "AreaM2")];

    private static MapFeature? ToFeature(MapLayer layer, ContentIndexRow row, IReadOnlyDictionary<string, string> labels)
    {
        // The layer's filter keeps only items with a point (a read by id leaves that test to here, see MapFilters.Where); the
        // check also guards a point removed between filter and read.
        if (row.Values[1] is not double latitude || row.Values[2] is not double longitude)
        {
            return null;
        }

        var path = row.Values[0] as string;
        var url = string.IsNullOrEmpty(path) ? null : "/" + path.TrimStart('/');
        var categoryKey = row.Values[3] as string;
        var kind = layer.Key;
        decimal? area = null;
        if (layer == MapLayer.Premises)
        {
            area = row.Values[4] is double m2 ? (decimal)m2 : null;
            kind = string.IsNullOrEmpty(categoryKey) ? layer.Key : $"{layer.Key}-{categoryKey}";
        }

        var category = categoryKey is null ? null : labels.GetValueOrDefault(categoryKey, categoryKey);
        if (area is { } value)
        {
            var areaText = value.ToString("0.##", CultureInfo.GetCultureInfo("pl-PL")) + " m²";
            category = category is null ? areaText : $"{category}, {areaText}";
        }

        return new MapFeature(row.ContentItemId, row.DisplayText, url, layer.Key, kind, category, latitude, longitude, area);
    }

    /// <summary>
    /// Names for the layer's category values: legal-form terms in the visitor's language, or the options of a Text field
    /// (option labels exist in Polish only; the definitions carry no translations for them yet).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> CategoryLabelsAsync(MapLayer layer, ContentDefinitionDocument document, CancellationToken cancellationToken)
    {
        if (layer == MapLayer.Entities)
        {
            var taxonomyId = CategoryTaxonomyId(layer, document);
            var taxonomy = taxonomyId is null ? null : await contents.GetAsync(taxonomyId, VersionOptions.Published, cancellationToken);
            return (taxonomy?.As<TaxonomyPart>()?.Terms ?? []).ToDictionary(t => t.Id, t => t.DisplayName(CultureInfo.CurrentUICulture), StringComparer.Ordinal);
        }

        var field = layer == MapLayer.Support ? "SupportType" : "Status";
        return OptionLabels(document, layer.Part, field);
    }

    /// <summary>The taxonomy item whose terms name the layer's categories (legal forms for entities), or null when they come from field options.</summary>
    public static string? CategoryTaxonomyId(MapLayer layer, ContentDefinitionDocument document) => layer == MapLayer.Entities
        ? document.FindPart("Entity")?.FindField("LegalForm")?.Settings["TaxonomyContentItemId"]?.GetValue<string>()
        : null;

    public static IReadOnlyDictionary<string, string> OptionLabels(ContentDefinitionDocument document, string part, string field)
    {
        var settings = document.FindPart(part)?.FindField(field)?.Settings.Deserialize<TextFieldSettings>(ContentJson.Options);
        return (settings?.Options ?? []).ToDictionary(o => o.Value, o => o.Label ?? o.Value, StringComparer.Ordinal);
    }
}
