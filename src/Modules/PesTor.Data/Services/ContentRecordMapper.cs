using PesTor.ContentManagement;
using PesTor.Data.Records;

namespace PesTor.Data.Services;

/// <summary>Maps version rows to content items and back; an item parses its JSON when its content is first read.</summary>
internal static class ContentRecordMapper
{
    public static ContentItem ToItem(ContentItemRecord record)
    {
        var item = new ContentItem
        {
            Id = record.Id,
            ContentItemId = record.ContentItemId,
            ContentItemVersionId = record.ContentItemVersionId,
            ContentType = record.ContentType,
            DisplayText = record.DisplayText,
            Latest = record.Latest,
            Published = record.Published,
            Owner = record.Owner,
            Author = record.Author,
            CreatedUtc = AsUtc(record.CreatedUtc),
            ModifiedUtc = AsUtc(record.ModifiedUtc),
            PublishedUtc = AsUtc(record.PublishedUtc),
            ConcurrencyStamp = record.ConcurrencyStamp,
        };
        item.SetStoredContent(record.Content);
        return item;
    }

    public static void CopyTo(ContentItem item, ContentItemRecord record)
    {
        record.ContentItemId = item.ContentItemId;
        record.ContentItemVersionId = item.ContentItemVersionId;
        record.ContentType = item.ContentType;
        record.DisplayText = Truncate(item.DisplayText, 766);
        record.Latest = item.Latest;
        record.Published = item.Published;
        record.Owner = item.Owner;
        record.Author = item.Author;
        record.CreatedUtc = item.CreatedUtc;
        record.ModifiedUtc = item.ModifiedUtc;
        record.PublishedUtc = item.PublishedUtc;
        record.ConcurrencyStamp = item.ConcurrencyStamp;
        record.Content = item.Content.ToJsonString(ContentJson.Options);
    }

    public static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    // SQLite hands DateTime back as Unspecified; every stored time is UTC.
    private static DateTime? AsUtc(DateTime? value) =>
        value is { Kind: not DateTimeKind.Utc } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : value;
}
