using System.Globalization;

namespace PesTor.Maps.Models;

/// <summary>The site's map area (edges included) and the message that refuses a point outside it.</summary>
public static class MapArea
{
    public static bool Contains(MapSettings area, double latitude, double longitude) =>
        latitude >= area.South && latitude <= area.North && longitude >= area.West && longitude <= area.East;

    /// <summary>In English like the engine's other messages; the admin translates it (see its ValidationMessages).</summary>
    public static string OutsideMessage(MapSettings area) => string.Create(CultureInfo.InvariantCulture,
        $"The point lies outside the site's map area (latitude {area.South} to {area.North}, longitude {area.West} to {area.East}).");
}
