using PesTor.ContentManagement;
using PesTor.ContentParts;

namespace PesTor.Search.Services;

/// <summary>A hit's public address: its autoroute path, read straight from the JSON (once per hit on every search).</summary>
public static class ItemUrls
{
    public static string? Of(ContentItem item) =>
        item.GetText(nameof(AutoroutePart), nameof(AutoroutePart.Path)) is { Length: > 0 } path ? "/" + path : null;
}
