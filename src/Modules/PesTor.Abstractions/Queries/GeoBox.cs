using System.Globalization;

namespace PesTor.Queries;

/// <summary>
/// A latitude/longitude box in degrees (WGS 84), edges included. West greater than east means the box crosses the
/// 180th meridian. <see cref="Parse"/> reads GeoJSON's bbox order: <c>west,south,east,north</c>.
/// </summary>
public sealed record GeoBox(double South, double West, double North, double East)
{
    /// <summary>The problem with the box, or null when it is a valid box.</summary>
    public string? Problem() =>
        !double.IsFinite(South) || !double.IsFinite(West) || !double.IsFinite(North) || !double.IsFinite(East)
            ? "The box's edges must be numbers."
            : South is < -90 or > 90 || North is < -90 or > 90
                ? "Latitudes must be between -90 and 90."
                : West is < -180 or > 180 || East is < -180 or > 180
                    ? "Longitudes must be between -180 and 180."
                    : South > North
                        ? "The south edge must not be north of the north edge."
                        : null;

    public bool Contains(double latitude, double longitude) =>
        latitude >= South && latitude <= North
        && (West <= East ? longitude >= West && longitude <= East : longitude >= West || longitude <= East);

    /// <summary>Reads <c>west,south,east,north</c> (invariant numbers); null with a message when it is not a valid box.</summary>
    public static GeoBox? Parse(string text, out string? problem)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var numbers = new double[4];
        if (parts.Length != 4 || parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i])).Any(ok => !ok))
        {
            problem = "bbox must be four numbers: west,south,east,north (e.g. 18.5,52.9,18.8,53.1).";
            return null;
        }

        var box = new GeoBox(South: numbers[1], West: numbers[0], North: numbers[3], East: numbers[2]);
        problem = box.Problem();
        return problem is null ? box : null;
    }
}
