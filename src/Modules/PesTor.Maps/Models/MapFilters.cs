using PesTor.Queries;

namespace PesTor.Maps.Models;

/// <summary>
/// The filters of the map page and the GeoJSON layers, named as in the directories' query strings (<c>q</c>, <c>forma</c>,
/// <c>dzielnica</c>, …). Each layer applies those that concern it: a legal form narrows entities, not premises.
/// </summary>
public sealed record MapFilters
{
    /// <summary>Part of the title (<c>q</c>).</summary>
    public string? Text { get; init; }

    /// <summary>A Districts term (<c>dzielnica</c>); every layer's items have an address.</summary>
    public string? District { get; init; }

    /// <summary>A legal-forms term (<c>forma</c>), entities only.</summary>
    public string? LegalForm { get; init; }

    /// <summary>A SupportType option (<c>typ</c>), support points only.</summary>
    public string? SupportType { get; init; }

    /// <summary>A premises Status option (<c>status</c>), premises only.</summary>
    public string? PremisesStatus { get; init; }

    /// <summary>Only points within this box (<c>bbox=west,south,east,north</c>).</summary>
    public GeoBox? Box { get; init; }

    /// <param name="layer">The layer whose filters apply.</param>
    /// <param name="placedInSql">
    /// Whether, without a box, "has a point" is tested in SQL (as a whole-globe box). A read of a few items by id leaves it
    /// to the reader, which keeps only rows with both coordinates: the globe box would be a list of every point of the layer
    /// built to test those few items against it.
    /// </param>
    public ContentFilter Where(MapLayer layer, bool placedInSql = true)
    {
        // Only items with a point belong on a map: without a box, the whole globe is the box.
        var filters = new List<ContentFilter>();
        if (Box is not null || placedInSql)
        {
            filters.Add(ContentFilter.WithinBox(layer.Part, MapLayer.LocationField, Box ?? new GeoBox(-90, -180, 90, 180)));
        }

        if (!string.IsNullOrWhiteSpace(Text))
        {
            filters.Add(ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.Contains, Text.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(District))
        {
            filters.Add(ContentFilter.ByField("AddressPart", "District", FilterOperator.Eq, District));
        }

        if (layer == MapLayer.Entities && !string.IsNullOrWhiteSpace(LegalForm))
        {
            filters.Add(ContentFilter.ByField("Entity", "LegalForm", FilterOperator.Eq, LegalForm));
        }

        if (layer == MapLayer.Support && !string.IsNullOrWhiteSpace(SupportType))
        {
            filters.Add(ContentFilter.ByField("SupportPoint", "SupportType", FilterOperator.Eq, SupportType));
        }

        if (layer == MapLayer.Premises && !string.IsNullOrWhiteSpace(PremisesStatus))
        {
            filters.Add(ContentFilter.ByField("Premises", "Status", FilterOperator.Eq, PremisesStatus));
        }

        return ContentFilter.And([.. filters]);
    }
}
