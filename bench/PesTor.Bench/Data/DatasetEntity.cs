namespace PesTor.Bench.Data;

/// <summary>One entity of the shared dataset (see /work/shared/bench/README.md).</summary>
internal sealed record DatasetEntity(
    string Name,
    string Slug,
    string LegalForm,
    string City,
    string Description,
    double Lat,
    double Lng,
    bool Published);
