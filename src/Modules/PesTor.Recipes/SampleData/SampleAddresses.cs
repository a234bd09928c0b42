using System.Globalization;
using PesTor.ContentFields;
using PesTor.ContentParts;
using PesTor.Recipes.SampleData.Words;

namespace PesTor.Recipes.SampleData;

/// <summary>Addresses on real Toruń streets, with the street's district and a point near that district's centre.</summary>
internal static class SampleAddresses
{
    public const string City = "Toruń";

    // About ±450 m north–south and ±400 m east–west around a district's centre.
    private const decimal LatitudeJitter = 0.004m;
    private const decimal LongitudeJitter = 0.006m;

    /// <summary>A street address; <paramref name="withUnit"/> adds a unit number ("ul. Szeroka 12/3") as premises listings have.</summary>
    public static (AddressPart Address, GeoPointField Location) Next(Random random, bool withUnit = false)
    {
        var street = random.Pick(TorunStreets.All);
        var number = random.Next(1, 120).ToString(CultureInfo.InvariantCulture);
        if (random.Chance(0.1))
        {
            number += (char)('a' + random.Next(3));
        }

        if (withUnit)
        {
            number += "/" + random.Next(1, 12).ToString(CultureInfo.InvariantCulture);
        }

        var address = new AddressPart
        {
            Street = $"{street.Name} {number}",
            PostalCode = street.PostalCode,
            City = City,
            District = new TaxonomyField { TaxonomyContentItemId = TorunDistricts.TaxonomyId, TermContentItemIds = [street.DistrictId] },
        };
        return (address, Near(street.DistrictId, random));
    }

    /// <summary>A point near the district's centre, always inside the city's bounding box.</summary>
    public static GeoPointField Near(string districtId, Random random)
    {
        var district = TorunDistricts.Get(districtId);
        var latitude = district.Latitude + random.Decimal(-LatitudeJitter, LatitudeJitter, 6);
        var longitude = district.Longitude + random.Decimal(-LongitudeJitter, LongitudeJitter, 6);
        return new GeoPointField
        {
            Latitude = Math.Clamp(latitude, TorunDistricts.MinLatitude, TorunDistricts.MaxLatitude),
            Longitude = Math.Clamp(longitude, TorunDistricts.MinLongitude, TorunDistricts.MaxLongitude),
        };
    }
}
