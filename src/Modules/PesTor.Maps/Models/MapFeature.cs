namespace PesTor.Maps.Models;

/// <summary>
/// One published item on a map. <see cref="Category"/> is what the layer sorts by (legal form, support type, premises
/// status); <see cref="Kind"/> picks the marker (the layer, and for premises their status).
/// </summary>
public sealed record MapFeature(
    string Id,
    string Title,
    string? Url,
    string Layer,
    string Kind,
    string? Category,
    double Latitude,
    double Longitude,
    decimal? AreaM2);
