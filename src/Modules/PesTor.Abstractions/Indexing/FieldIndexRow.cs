namespace PesTor.Indexing;

/// <summary>
/// One queryable value of one version, keyed by part and field. Which value properties are set depends on <see cref="Kind"/>:
/// Text/Html: Text (+ Normalized); Numeric: Number; Boolean: Bool; Date/DateTime: Date; ContentPicker: Ref;
/// Taxonomy: Ref (term) + Ref2 (taxonomy); Link: Text (url) + Text2 (text); Media: Text (path); GeoPoint: Latitude + Longitude.
/// Multi-valued fields (pickers, terms, media) write one row per value.
/// </summary>
public sealed record FieldIndexRow(IndexKind Kind, string Part, string Field)
{
    public string? Text { get; init; }

    public string? Text2 { get; init; }

    public double? Number { get; init; }

    public bool? Bool { get; init; }

    public DateTime? Date { get; init; }

    public string? Ref { get; init; }

    public string? Ref2 { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}
