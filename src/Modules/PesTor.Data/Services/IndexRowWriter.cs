using PesTor.Data.Records;
using PesTor.Indexing;

namespace PesTor.Data.Services;

/// <summary>Turns index rows into records of their kind's table, and deletes a version's rows from the tables it used.</summary>
internal static class IndexRowWriter
{
    public static int KindsOf(IEnumerable<FieldIndexRow> rows) => rows.Aggregate(0, (flags, row) => flags | (1 << (int)row.Kind));

    public static void Add(PesTorDbContext db, long documentId, ContentManagement.ContentItem item, IEnumerable<FieldIndexRow> rows)
    {
        foreach (var row in rows)
        {
            var record = ToRecord(row);
            record.DocumentId = documentId;
            record.ContentType = item.ContentType;
            record.Published = item.Published;
            record.Latest = item.Latest;
            record.DisplayText = ContentRecordMapper.Truncate(item.DisplayText, 766);
            record.ContentPart = row.Part;
            record.ContentField = row.Field;
            db.Add((object)record);
        }
    }

    public static async Task DeleteAsync(PesTorDbContext db, long documentId, int kinds, CancellationToken cancellationToken)
    {
        foreach (var kind in KindsIn(kinds))
        {
            await IndexTables.For(kind).DeleteRows(db, documentId, cancellationToken);
        }
    }

    /// <summary>Keeps the rows' copies of the version flags in step when only the flags change (publish, unpublish, demote).</summary>
    public static async Task UpdateFlagsAsync(PesTorDbContext db, long documentId, int kinds, bool published, bool latest, CancellationToken cancellationToken)
    {
        foreach (var kind in KindsIn(kinds))
        {
            await IndexTables.For(kind).UpdateFlags(db, documentId, published, latest, cancellationToken);
        }
    }

    private static IEnumerable<IndexKind> KindsIn(int kinds) => Enum.GetValues<IndexKind>().Where(kind => (kinds & (1 << (int)kind)) != 0);

    private static FieldIndexRecord ToRecord(FieldIndexRow row) => row.Kind switch
    {
        IndexKind.Text => new TextFieldIndexRecord { Value = row.Text, NormalizedValue = row.Text2 },
        IndexKind.Html => new HtmlFieldIndexRecord { Html = row.Text, NormalizedText = row.Text2 },
        IndexKind.Numeric => new NumericFieldIndexRecord { Value = row.Number },
        IndexKind.Boolean => new BooleanFieldIndexRecord { Value = row.Bool },
        IndexKind.Date => new DateFieldIndexRecord { Value = row.Date },
        IndexKind.DateTime => new DateTimeFieldIndexRecord { Value = row.Date },
        IndexKind.ContentPicker => new ContentPickerFieldIndexRecord { SelectedContentItemId = row.Ref },
        IndexKind.Taxonomy => new TaxonomyFieldIndexRecord { TermContentItemId = row.Ref, TaxonomyContentItemId = row.Ref2 },
        IndexKind.Link => new LinkFieldIndexRecord { Url = row.Text, Text = row.Text2 },
        IndexKind.Media => new MediaFieldIndexRecord { Path = row.Text },
        IndexKind.GeoPoint => new GeoPointFieldIndexRecord { Latitude = row.Latitude, Longitude = row.Longitude },
        _ => throw new ArgumentOutOfRangeException(nameof(row), row.Kind, "Unknown index kind."),
    };
}
