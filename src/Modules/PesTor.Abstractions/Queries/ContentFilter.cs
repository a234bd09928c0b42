using PesTor.Indexing;

namespace PesTor.Queries;

/// <summary>A filter tree: combinators and leaves on item columns or on indexed fields.</summary>
public abstract record ContentFilter
{
    public static ContentFilter And(params ContentFilter[] filters) => new AndFilter(filters);

    public static ContentFilter Or(params ContentFilter[] filters) => new OrFilter(filters);

    public static ContentFilter Not(ContentFilter filter) => new NotFilter(filter);

    public static ContentFilter ByColumn(ContentColumn column, FilterOperator op, object? value) => new ColumnFilter(column, op, value);

    public static ContentFilter ByField(string part, string field, FilterOperator op, object? value, string? property = null) =>
        new FieldFilter(part, field, op, value, property);

    /// <summary>Items whose GeoPoint field lies within the box (edges included).</summary>
    public static ContentFilter WithinBox(string part, string field, GeoBox box) => new GeoBoxFilter(part, field, box);

    /// <summary>Items whose GeoPoint field is at most <paramref name="radiusKm"/> km from the point.</summary>
    public static ContentFilter Near(string part, string field, double latitude, double longitude, double radiusKm) =>
        new GeoNearFilter(part, field, latitude, longitude, radiusKm);
}

public sealed record AndFilter(IReadOnlyList<ContentFilter> Filters) : ContentFilter;

public sealed record OrFilter(IReadOnlyList<ContentFilter> Filters) : ContentFilter;

public sealed record NotFilter(ContentFilter Filter) : ContentFilter;

/// <summary>For <see cref="FilterOperator.In"/> and <see cref="FilterOperator.NotIn"/>, <see cref="Value"/> is a list.</summary>
public sealed record ColumnFilter(ContentColumn Column, FilterOperator Operator, object? Value) : ContentFilter;

/// <summary>
/// A filter on an indexed field, keyed by part and field (never the field name alone). <see cref="Property"/> picks a column
/// of multi-column kinds (Link "Text", GeoPoint "Longitude", Taxonomy "TaxonomyContentItemId"); null means the kind's main value.
/// <see cref="Kind"/> is resolved from the definitions by the content query service; callers leave it null.
/// </summary>
public sealed record FieldFilter(string Part, string Field, FilterOperator Operator, object? Value, string? Property = null) : ContentFilter
{
    public IndexKind? Kind { get; init; }
}
