using PesTor.Data.Records;
using PesTor.Indexing;

namespace PesTor.Data.Services;

/// <summary>Turns index rows into records of their kind's table, and deletes a version's rows from the tables it used.</summary>
internal static class IndexRowWriter
{
    public static int KindsOf(IEnumerable<FieldIndexRow> rows) => rows.Aggregate(0, (flags, row) => flags | (1 << (int)row.Kind));

    public static void Add(PesTorDbContext db, long documentId, string contentType, IEnumerable<FieldIndexRow> rows)
    {
        foreach (var row in rows)
        {
            var record = ToRecord(row);
            record.DocumentId = documentId;
            record.ContentType = contentType;
            record.ContentPart = row.Part;
            record.ContentField = row.Field;
            db.Add((object)record);
        }
    }

    public static async Task DeleteAsync(PesTorDbContext db, long documentId, int kinds, CancellationToken cancellationToken)
    {
        foreach (var kind in Enum.GetValues<IndexKind>())
        {
            if ((kinds & (1 << (int)kind)) != 0)
            {
                await IndexTables.For(kind).DeleteRows(db, documentId, cancellationToken);
            }
        }
    }

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
