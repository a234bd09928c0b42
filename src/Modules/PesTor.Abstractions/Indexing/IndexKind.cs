namespace PesTor.Indexing;

/// <summary>The index tables, one per field kind; parts write their properties into the same tables.</summary>
public enum IndexKind
{
    Text,
    Html,
    Numeric,
    Boolean,
    Date,
    DateTime,
    ContentPicker,
    Taxonomy,
    Link,
    Media,
    GeoPoint,
}
