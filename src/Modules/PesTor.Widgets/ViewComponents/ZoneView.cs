using PesTor.ContentManagement;

namespace PesTor.Widgets.ViewComponents;

/// <summary>What a zone shows: its widgets in order.</summary>
public sealed record ZoneView(string Name, IReadOnlyList<ContentItem> Widgets);
