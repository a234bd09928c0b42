using System.Data.Common;
using PesTor.Data.Records;

namespace PesTor.Data.Services;

/// <summary>Reads <see cref="ContentItemRecord"/> rows of a <c>SELECT v.*</c> over the version table by column name.</summary>
internal static class ContentRecordReader
{
    /// <summary>Rows of <see cref="Queries.ContentSqlCompiler.SelectWithTotal"/>: each record with the total beside it.</summary>
    public static Func<DbDataReader, (ContentItemRecord Record, int Total)> WithTotal(DbDataReader reader)
    {
        var record = For(reader);
        var total = reader.GetOrdinal(Queries.ContentSqlCompiler.TotalColumn);
        return row => (record(row), Convert.ToInt32(row.GetValue(total), System.Globalization.CultureInfo.InvariantCulture));
    }

    public static Func<DbDataReader, ContentItemRecord> For(DbDataReader reader)
    {
        var id = reader.GetOrdinal(nameof(ContentItemRecord.Id));
        var contentItemId = reader.GetOrdinal(nameof(ContentItemRecord.ContentItemId));
        var versionId = reader.GetOrdinal(nameof(ContentItemRecord.ContentItemVersionId));
        var contentType = reader.GetOrdinal(nameof(ContentItemRecord.ContentType));
        var displayText = reader.GetOrdinal(nameof(ContentItemRecord.DisplayText));
        var latest = reader.GetOrdinal(nameof(ContentItemRecord.Latest));
        var published = reader.GetOrdinal(nameof(ContentItemRecord.Published));
        var owner = reader.GetOrdinal(nameof(ContentItemRecord.Owner));
        var author = reader.GetOrdinal(nameof(ContentItemRecord.Author));
        var created = reader.GetOrdinal(nameof(ContentItemRecord.CreatedUtc));
        var modified = reader.GetOrdinal(nameof(ContentItemRecord.ModifiedUtc));
        var publishedUtc = reader.GetOrdinal(nameof(ContentItemRecord.PublishedUtc));
        var stamp = reader.GetOrdinal(nameof(ContentItemRecord.ConcurrencyStamp));
        var kinds = reader.GetOrdinal(nameof(ContentItemRecord.IndexedKinds));
        var content = reader.GetOrdinal(nameof(ContentItemRecord.Content));
        return row => new ContentItemRecord
        {
            Id = row.GetInt64(id),
            ContentItemId = row.GetString(contentItemId),
            ContentItemVersionId = row.GetString(versionId),
            ContentType = row.GetString(contentType),
            DisplayText = row.GetString(displayText),
            Latest = row.GetBoolean(latest),
            Published = row.GetBoolean(published),
            Owner = row.IsDBNull(owner) ? null : row.GetString(owner),
            Author = row.IsDBNull(author) ? null : row.GetString(author),
            CreatedUtc = row.IsDBNull(created) ? null : row.GetDateTime(created),
            ModifiedUtc = row.IsDBNull(modified) ? null : row.GetDateTime(modified),
            PublishedUtc = row.IsDBNull(publishedUtc) ? null : row.GetDateTime(publishedUtc),
            ConcurrencyStamp = row.GetString(stamp),
            IndexedKinds = row.GetInt32(kinds),
            Content = row.GetString(content),
        };
    }
}
