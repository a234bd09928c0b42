namespace PesTor.Maps.ViewComponents;

/// <summary>What the map widget's view needs: the map's configuration for pestor-map.js and its height in pixels.</summary>
public sealed record MapWidgetView(string WidgetId, string ConfigJson, int Height, bool IncludeAssets);
