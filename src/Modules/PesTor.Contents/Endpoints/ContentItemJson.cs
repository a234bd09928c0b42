using System.Text.Json;
using System.Text.Json.Nodes;
using PesTor.ContentManagement;

namespace PesTor.Contents.Endpoints;

/// <summary>Orchard's JSON shape of an item: its columns and, beside them, each part under its name.</summary>
internal static class ContentItemJson
{
    private static readonly HashSet<string> Columns =
    [
        nameof(ContentItem.ContentItemId), nameof(ContentItem.ContentItemVersionId), nameof(ContentItem.ContentType),
        nameof(ContentItem.DisplayText), nameof(ContentItem.Latest), nameof(ContentItem.Published), nameof(ContentItem.Owner),
        nameof(ContentItem.Author), nameof(ContentItem.CreatedUtc), nameof(ContentItem.ModifiedUtc), nameof(ContentItem.PublishedUtc),
        nameof(ContentItem.ConcurrencyStamp),
    ];

    public static JsonObject Write(ContentItem item)
    {
        var json = new JsonObject
        {
            [nameof(ContentItem.ContentItemId)] = item.ContentItemId,
            [nameof(ContentItem.ContentItemVersionId)] = item.ContentItemVersionId,
            [nameof(ContentItem.ContentType)] = item.ContentType,
            [nameof(ContentItem.DisplayText)] = item.DisplayText,
            [nameof(ContentItem.Latest)] = item.Latest,
            [nameof(ContentItem.Published)] = item.Published,
            [nameof(ContentItem.Owner)] = item.Owner,
            [nameof(ContentItem.Author)] = item.Author,
            [nameof(ContentItem.CreatedUtc)] = item.CreatedUtc,
            [nameof(ContentItem.ModifiedUtc)] = item.ModifiedUtc,
            [nameof(ContentItem.PublishedUtc)] = item.PublishedUtc,
            [nameof(ContentItem.ConcurrencyStamp)] = item.ConcurrencyStamp,
        };
        foreach (var (name, part) in item.Content)
        {
            json[name] = part?.DeepClone();
        }

        return json;
    }

    /// <summary>The parts of a posted item: every property that is not a column.</summary>
    public static JsonObject Parts(JsonObject posted)
    {
        var parts = new JsonObject();
        foreach (var (name, value) in posted)
        {
            if (!Columns.Contains(name))
            {
                parts[name] = value?.DeepClone();
            }
        }

        return parts;
    }

    public static string? String(JsonObject posted, string name) =>
        posted[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    public static JsonSerializerOptions Options => ContentJson.Options;
}
