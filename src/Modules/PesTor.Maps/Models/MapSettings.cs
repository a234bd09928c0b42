namespace PesTor.Maps.Models;

/// <summary>
/// The map's site settings (the <c>Map</c> object of the SiteSettings document, set by the recipe's Settings step):
/// the tile server and its attribution, the starting view, and the area points may be placed in.
/// </summary>
public sealed record MapSettings
{
    public string TileUrl { get; init; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    public string Attribution { get; init; } = "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>";

    public double CenterLatitude { get; init; } = 53.0138;

    public double CenterLongitude { get; init; } = 18.5984;

    public int Zoom { get; init; } = 12;

    /// <summary>Points outside these bounds are refused by the picker (default: Toruń and its surroundings).</summary>
    public double South { get; init; } = 52.90;

    public double West { get; init; } = 18.40;

    public double North { get; init; } = 53.15;

    public double East { get; init; } = 18.85;
}
