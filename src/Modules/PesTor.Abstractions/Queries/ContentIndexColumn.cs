using PesTor.Indexing;

namespace PesTor.Queries;

/// <summary>
/// A field's index value read for each item (part + field, and <see cref="Property"/> for a column of multi-column kinds:
/// GeoPoint "Latitude"/"Longitude", Taxonomy "TaxonomyContentItemId", Link "Text"). A multi-valued field gives its
/// smallest value; a field without a value gives null. <see cref="Kind"/> is resolved by the reader; callers leave it null.
/// </summary>
public sealed record ContentIndexColumn(string Part, string Field, string? Property = null)
{
    public IndexKind? Kind { get; init; }
}
