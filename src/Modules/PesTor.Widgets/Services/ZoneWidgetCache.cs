using System.Collections.Concurrent;
using PesTor.ContentManagement;
using PesTor.Widgets.Models;

namespace PesTor.Widgets.Services;

/// <summary>
/// Each zone's published widgets, shared by all requests: the layout asks for two zones on every page, and a content query
/// per zone per page was a large share of a page's work. An entry carries the content version and the definitions it was
/// read at and is served only while both are unchanged, so a widget published, moved or removed on any node shows on the
/// next request. Items are kept as their JSON and parsed per request (when first read), so no two requests share a mutable content tree.
/// </summary>
public sealed class ZoneWidgetCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The zone's widgets whose placement matches <paramref name="path"/>; only those are parsed.</summary>
    public IReadOnlyList<ContentItem>? Find(string zone, long version, string definitions, string path) =>
        _entries.TryGetValue(zone, out var entry) && entry.Version == version && entry.Definitions == definitions
            ? [.. entry.Widgets.Where(w => w.Placement?.Matches(path) == true).Select(w => w.Thaw())]
            : null;

    public void Store(string zone, long version, string definitions, IReadOnlyList<ContentItem> widgets) =>
        _entries[zone] = new Entry(version, definitions, [.. widgets.Select(Frozen.Of)]);

    private sealed record Entry(long Version, string Definitions, IReadOnlyList<Frozen> Widgets);

    private sealed record Frozen(ContentItem Header, string Content, WidgetPlacement? Placement)
    {
        public static Frozen Of(ContentItem item) => new(new ContentItem
        {
            Id = item.Id,
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            ContentType = item.ContentType,
            DisplayText = item.DisplayText,
            Latest = item.Latest,
            Published = item.Published,
            Owner = item.Owner,
            Author = item.Author,
            CreatedUtc = item.CreatedUtc,
            ModifiedUtc = item.ModifiedUtc,
            PublishedUtc = item.PublishedUtc,
            ConcurrencyStamp = item.ConcurrencyStamp,
        }, item.Content.ToJsonString(), ZoneWidgets.PlacementOf(item));

        public ContentItem Thaw()
        {
            var item = new ContentItem
            {
                Id = Header.Id,
                ContentItemId = Header.ContentItemId,
                ContentItemVersionId = Header.ContentItemVersionId,
                ContentType = Header.ContentType,
                DisplayText = Header.DisplayText,
                Latest = Header.Latest,
                Published = Header.Published,
                Owner = Header.Owner,
                Author = Header.Author,
                CreatedUtc = Header.CreatedUtc,
                ModifiedUtc = Header.ModifiedUtc,
                PublishedUtc = Header.PublishedUtc,
                ConcurrencyStamp = Header.ConcurrencyStamp,
            };
            item.SetStoredContent(Content);
            return item;
        }
    }
}
