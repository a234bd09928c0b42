using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using PesTor.Maps.Models;

namespace PesTor.Maps.Services;

/// <summary>
/// Writes features as a GeoJSON FeatureCollection (RFC 7946: coordinates are longitude, latitude, here to 6 decimals —
/// about 10 cm, finer than any address). Text is written as UTF-8 without \u escapes of Polish letters (the body is
/// served as application/geo+json with nosniff and the map puts values into the page as text, never as markup), into a
/// pooled buffer; property names are encoded once. Each feature is written on its own (<see cref="WriteFeature"/>), so a
/// cached layer can keep every feature's bytes and replace only the changed ones (see <see cref="MapLayerSnapshot"/>).
/// </summary>
public static class GeoJsonWriter
{
    private const int CoordinateDecimals = 6;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText Feature = JsonEncodedText.Encode("Feature");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Geometry = JsonEncodedText.Encode("geometry");
    private static readonly JsonEncodedText Point = JsonEncodedText.Encode("Point");
    private static readonly JsonEncodedText Coordinates = JsonEncodedText.Encode("coordinates");
    private static readonly JsonEncodedText Properties = JsonEncodedText.Encode("properties");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
    private static readonly JsonEncodedText Layer = JsonEncodedText.Encode("layer");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText AreaM2 = JsonEncodedText.Encode("areaM2");

    /// <summary>What comes before the first feature and after the last; features are separated by a comma.</summary>
    public static ReadOnlySpan<byte> Start => """{"type":"FeatureCollection","features":["""u8;

    public static ReadOnlySpan<byte> End => "]}"u8;

    /// <summary>The whole collection, features in the order given.</summary>
    public static byte[] Write(IReadOnlyList<MapFeature> features)
    {
        using var buffer = new PooledBufferWriter(features.Count * 320 + 64);
        using var json = CreateWriter(buffer);
        buffer.Write(Start);
        for (var i = 0; i < features.Count; i++)
        {
            if (i > 0)
            {
                buffer.Write(","u8);
            }

            WriteFeature(json, features[i]);
        }

        buffer.Write(End);
        return buffer.WrittenSpan.ToArray();
    }

    internal static Utf8JsonWriter CreateWriter(PooledBufferWriter buffer) => new(buffer, Options);

    /// <summary>One feature object, flushed into the writer's buffer (the writer is reset first, so no separator is written).</summary>
    internal static void WriteFeature(Utf8JsonWriter json, MapFeature feature)
    {
        json.Reset();
        json.WriteStartObject();
        json.WriteString(Type, Feature);
        json.WriteString(Id, feature.Id);
        json.WriteStartObject(Geometry);
        json.WriteString(Type, Point);
        json.WriteStartArray(Coordinates);
        json.WriteNumberValue(Math.Round(feature.Longitude, CoordinateDecimals));
        json.WriteNumberValue(Math.Round(feature.Latitude, CoordinateDecimals));
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject(Properties);
        json.WriteString(Title, feature.Title);
        json.WriteString(Url, feature.Url);
        json.WriteString(Layer, feature.Layer);
        json.WriteString(Kind, feature.Kind);
        json.WriteString(Category, feature.Category);
        if (feature.AreaM2 is { } area)
        {
            json.WriteNumber(AreaM2, area);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
    }
}
