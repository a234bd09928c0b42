namespace PesTor.Queries;

/// <summary>
/// Items whose GeoPoint field (part + field) is at most <see cref="RadiusKm"/> kilometres from the centre along the
/// Earth's surface (a sphere of <see cref="EarthRadiusKm"/>); items without a point never match.
/// </summary>
public sealed record GeoNearFilter(string Part, string Field, double Latitude, double Longitude, double RadiusKm) : ContentFilter
{
    /// <summary>The mean Earth radius (IUGG), the usual sphere for great-circle distances.</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Larger radii are refused: the box prefilter and the distance test assume less than a quarter of the globe.</summary>
    public const double MaxRadiusKm = 5000;

    /// <summary>The great-circle distance in kilometres (haversine), the same formula the database evaluates.</summary>
    public static double DistanceKm(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var dLat = DegreesToRadians(latitude2 - latitude1);
        var dLon = DegreesToRadians(longitude2 - longitude1);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(DegreesToRadians(latitude1)) * Math.Cos(DegreesToRadians(latitude2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>The problem with the centre or radius, or null when they are valid.</summary>
    public string? Problem() =>
        !double.IsFinite(Latitude) || Latitude is < -90 or > 90 ? "The centre's latitude must be between -90 and 90."
        : !double.IsFinite(Longitude) || Longitude is < -180 or > 180 ? "The centre's longitude must be between -180 and 180."
        : !double.IsFinite(RadiusKm) || RadiusKm is < 0 or > MaxRadiusKm ? $"The radius must be between 0 and {MaxRadiusKm} km."
        : null;

    private static double DegreesToRadians(double degrees) => degrees * Math.PI / 180;
}
