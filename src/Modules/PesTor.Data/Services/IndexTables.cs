using Microsoft.EntityFrameworkCore;
using PesTor.Data.Records;
using PesTor.Indexing;

namespace PesTor.Data.Services;

/// <summary>
/// The one map from an index kind to its table: the table name, its queryable value columns (the first is the main value)
/// and how to delete a version's rows. The row writer and the SQL compiler both read it, so they cannot drift apart.
/// </summary>
internal sealed record IndexTable(
    IndexKind Kind,
    string Table,
    IReadOnlyList<string> Columns,
    Func<PesTorDbContext, long, CancellationToken, Task<int>> DeleteRows,
    Func<PesTorDbContext, long, bool, bool, CancellationToken, Task<int>> UpdateFlags)
{
    public string MainColumn => Columns[0];
}

internal static class IndexTables
{
    private static readonly Dictionary<IndexKind, IndexTable> Tables = new IndexTable[]
    {
        Table<TextFieldIndexRecord>(IndexKind.Text, "TextFieldIndex", "Value", "NormalizedValue"),
        Table<HtmlFieldIndexRecord>(IndexKind.Html, "HtmlFieldIndex", "NormalizedText", "Html"),
        Table<NumericFieldIndexRecord>(IndexKind.Numeric, "NumericFieldIndex", "Value"),
        Table<BooleanFieldIndexRecord>(IndexKind.Boolean, "BooleanFieldIndex", "Value"),
        Table<DateFieldIndexRecord>(IndexKind.Date, "DateFieldIndex", "Value"),
        Table<DateTimeFieldIndexRecord>(IndexKind.DateTime, "DateTimeFieldIndex", "Value"),
        Table<ContentPickerFieldIndexRecord>(IndexKind.ContentPicker, "ContentPickerFieldIndex", "SelectedContentItemId"),
        Table<TaxonomyFieldIndexRecord>(IndexKind.Taxonomy, "TaxonomyFieldIndex", "TermContentItemId", "TaxonomyContentItemId"),
        Table<LinkFieldIndexRecord>(IndexKind.Link, "LinkFieldIndex", "Url", "Text"),
        Table<MediaFieldIndexRecord>(IndexKind.Media, "MediaFieldIndex", "Path"),
        Table<GeoPointFieldIndexRecord>(IndexKind.GeoPoint, "GeoPointFieldIndex", "Latitude", "Longitude"),
    }.ToDictionary(t => t.Kind);

    public static IndexTable For(IndexKind kind) => Tables[kind];

    private static IndexTable Table<T>(IndexKind kind, string table, params string[] columns) where T : FieldIndexRecord =>
        new(
            kind,
            table,
            columns,
            (db, documentId, ct) => db.Set<T>().Where(r => r.DocumentId == documentId).ExecuteDeleteAsync(ct),
            (db, documentId, published, latest, ct) => db.Set<T>().Where(r => r.DocumentId == documentId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Published, published).SetProperty(r => r.Latest, latest), ct));
}
