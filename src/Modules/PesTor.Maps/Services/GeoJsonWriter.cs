using System.Text.Json;
using PesTor.Maps.Models;

namespace PesTor.Maps.Services;

/// <summary>Writes features as a GeoJSON FeatureCollection (RFC 7946: coordinates are longitude, latitude).</summary>
public static class GeoJsonWriter
{
    public static byte[] Write(IReadOnlyList<MapFeature> features)
    {
        using var buffer = new MemoryStream(features.Count * 256 + 64);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var feature in features)
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteString("id", feature.Id);
                json.WriteStartObject("geometry");
                json.WriteString("type", "Point");
                json.WriteStartArray("coordinates");
                json.WriteNumberValue(feature.Longitude);
                json.WriteNumberValue(feature.Latitude);
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("title", feature.Title);
                json.WriteString("url", feature.Url);
                json.WriteString("layer", feature.Layer);
                json.WriteString("kind", feature.Kind);
                json.WriteString("category", feature.Category);
                if (feature.AreaM2 is { } area)
                {
                    json.WriteNumber("areaM2", area);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
