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
/// The items of a layer as map features, read through the one content query (so the caller's permissions and the
/// published status apply) a thousand at a time, with category names from the taxonomies and the fields' options.
/// </summary>
public sealed class MapFeatureQuery(IContentQueryService queries, IContentManager contents, IContentDefinitionManager definitions)
{
    private const int PageSize = 1000;

    public async Task<IReadOnlyList<MapFeature>> ListAsync(MapLayer layer, MapFilters filters, CancellationToken cancellationToken)
    {
        var document = await definitions.GetDocumentAsync(cancellationToken);
        if (document.FindType(layer.ContentType) is null)
        {
            // A site set up without this content type has nothing to show on this layer.
            return [];
        }

        var labels = await CategoryLabelsAsync(layer, document, cancellationToken);
        var where = filters.Where(layer);
        var features = new List<MapFeature>();
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await queries.ListAsync(new ContentQuery
            {
                ContentTypes = [layer.ContentType],
                Where = where,
                OrderBy = [ContentOrder.By(ContentColumn.DisplayText)],
                Skip = skip,
                Take = PageSize,
            }, cancellationToken: cancellationToken);

            foreach (var item in page.Items)
            {
                if (ToFeature(layer, item, labels) is { } feature)
                {
                    features.Add(feature);
                }
            }

            if (page.Items.Count < PageSize)
            {
                return features;
            }
        }
    }

    private static MapFeature? ToFeature(MapLayer layer, ContentItem item, IReadOnlyDictionary<string, string> labels)
    {
        var point = item.GetField<GeoPointField>(layer.Part, MapLayer.LocationField);
        if (point?.Latitude is not { } latitude || point.Longitude is not { } longitude)
        {
            return null;
        }

        var path = item.As<AutoroutePart>()?.Path;
        var url = string.IsNullOrEmpty(path) ? null : "/" + path.TrimStart('/');
        string? categoryKey;
        decimal? area = null;
        var kind = layer.Key;
        if (layer == MapLayer.Entities)
        {
            categoryKey = item.GetField<TaxonomyField>("Entity", "LegalForm")?.TermContentItemIds.FirstOrDefault();
        }
        else if (layer == MapLayer.Support)
        {
            categoryKey = item.GetField<TextField>("SupportPoint", "SupportType")?.Text;
        }
        else
        {
            categoryKey = item.GetField<TextField>("Premises", "Status")?.Text;
            area = item.GetField<NumericField>("Premises", "AreaM2")?.Value;
            kind = string.IsNullOrEmpty(categoryKey) ? layer.Key : $"{layer.Key}-{categoryKey}";
        }

        var category = categoryKey is null ? null : labels.GetValueOrDefault(categoryKey, categoryKey);
        if (area is { } m2)
        {
            var areaText = m2.ToString("0.##", CultureInfo.GetCultureInfo("pl-PL")) + " m²";
            category = category is null ? areaText : $"{category}, {areaText}";
        }

        return new MapFeature(item.ContentItemId, item.DisplayText, url, layer.Key, kind, category, (double)latitude, (double)longitude, area);
    }

    /// <summary>Names for the layer's category values: legal-form terms, or the options of a Text field.</summary>
    private async Task<IReadOnlyDictionary<string, string>> CategoryLabelsAsync(MapLayer layer, ContentDefinitionDocument document, CancellationToken cancellationToken)
    {
        if (layer == MapLayer.Entities)
        {
            var taxonomyId = document.FindPart("Entity")?.FindField("LegalForm")?.Settings["TaxonomyContentItemId"]?.GetValue<string>();
            var taxonomy = taxonomyId is null ? null : await contents.GetAsync(taxonomyId, VersionOptions.Published, cancellationToken);
            return (taxonomy?.As<TaxonomyPart>()?.Terms ?? []).ToDictionary(t => t.Id, t => t.Name, StringComparer.Ordinal);
        }

        var field = layer == MapLayer.Support ? "SupportType" : "Status";
        return OptionLabels(document, layer.Part, field);
    }

    public static IReadOnlyDictionary<string, string> OptionLabels(ContentDefinitionDocument document, string part, string field)
    {
        var settings = document.FindPart(part)?.FindField(field)?.Settings.Deserialize<TextFieldSettings>(ContentJson.Options);
        return (settings?.Options ?? []).ToDictionary(o => o.Value, o => o.Label ?? o.Value, StringComparer.Ordinal);
    }
}
