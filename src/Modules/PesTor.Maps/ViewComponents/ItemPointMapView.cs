namespace PesTor.Maps.ViewComponents;

/// <summary>What the item's small map shows: the place as text (address, coordinates) and the map's configuration.</summary>
public sealed record ItemPointMapView(string Title, string? Address, string Latitude, string Longitude, string ConfigJson, bool IncludeAssets);
