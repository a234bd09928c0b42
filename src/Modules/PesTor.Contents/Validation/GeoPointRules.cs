using PesTor.ContentFields;

namespace PesTor.Contents.Validation;

/// <summary>The checks of a geographic point, shared by the GeoPoint field and the event's location.</summary>
internal static class GeoPointRules
{
    public static bool IsEmpty(GeoPointField? point) => point is null || (point.Latitude is null && point.Longitude is null);

    public static void Check(GeoPointField? point, bool required, Action<string> fail)
    {
        if (IsEmpty(point))
        {
            if (required)
            {
                fail(ValidationMessages.Required);
            }

            return;
        }

        if (point!.Latitude is null || point.Longitude is null)
        {
            fail("Latitude and longitude must be given together.");
            return;
        }

        if (point.Latitude is < -90m or > 90m)
        {
            fail("Latitude must be between -90 and 90.");
        }

        if (point.Longitude is < -180m or > 180m)
        {
            fail("Longitude must be between -180 and 180.");
        }
    }
}
