namespace PesTor.Maps.Models;

/// <summary>
/// One of the three maps: which content type it shows, the part holding its <c>Location</c> point, and how the map names it.
/// </summary>
public sealed record MapLayer(string Key, string Name, string ContentType, string Part)
{
    public const string LocationField = "Location";

    public static readonly MapLayer Entities = new("entities", "Podmioty ekonomii społecznej", "Entity", "Entity");

    public static readonly MapLayer Support = new("support", "Punkty wsparcia", "SupportPoint", "SupportPoint");

    public static readonly MapLayer Premises = new("premises", "Lokale", "Premises", "Premises");

    public static IReadOnlyList<MapLayer> All { get; } = [Entities, Support, Premises];

    public static MapLayer? Find(string key) => All.FirstOrDefault(l => string.Equals(l.Key, key, StringComparison.Ordinal));
}
