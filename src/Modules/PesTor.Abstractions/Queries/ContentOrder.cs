using PesTor.Indexing;

namespace PesTor.Queries;

/// <summary>An ordering on an item column or on an indexed field (part + field).</summary>
public sealed record ContentOrder
{
    public ContentColumn? Column { get; init; }

    public string? Part { get; init; }

    public string? Field { get; init; }

    public string? Property { get; init; }

    public bool Descending { get; init; }

    /// <summary>Resolved from the definitions for field orderings.</summary>
    public IndexKind? Kind { get; init; }

    public static ContentOrder By(ContentColumn column, bool descending = false) => new() { Column = column, Descending = descending };

    public static ContentOrder ByField(string part, string field, bool descending = false) =>
        new() { Part = part, Field = field, Descending = descending };
}
