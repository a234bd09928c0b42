namespace PesTor.Recipes.SampleData;

/// <summary>
/// How much sample data to make. The defaults are the original platform's numbers (SPEC §4); benchmarks raise
/// <see cref="Entities"/> to 10 000 or more. The same options and seed always give the same items.
/// </summary>
public sealed record SampleDataOptions
{
    public int Seed { get; init; } = 2013;

    public int Entities { get; init; } = 207;

    public int Equipment { get; init; } = 43;

    public int Offers { get; init; } = 42;

    public int Needs { get; init; } = 36;

    public int Premises { get; init; } = 85;

    public int SupportPoints { get; init; } = 25;

    public int CultureCards { get; init; } = 20;

    public int PesRepresentatives { get; init; } = 76;

    public int CityStaff { get; init; } = 6;

    public int Residents { get; init; } = 47;

    /// <summary>What is wrong with these options, as (property, message) pairs; empty when they can be generated.</summary>
    public IEnumerable<(string Property, string Message)> Problems()
    {
        foreach (var (name, value) in Counts())
        {
            if (value < 0)
            {
                yield return (name, $"'{name}' must not be negative (it is {value}).");
            }
        }

        if (Offers > 0 && Entities <= 0)
        {
            yield return (nameof(Offers), "Offers need at least one entity to offer them (Entities is 0).");
        }
    }

    internal IEnumerable<(string Name, int Value)> Counts() =>
    [
        (nameof(Entities), Entities), (nameof(Equipment), Equipment), (nameof(Offers), Offers), (nameof(Needs), Needs),
        (nameof(Premises), Premises), (nameof(SupportPoints), SupportPoints), (nameof(CultureCards), CultureCards),
        (nameof(PesRepresentatives), PesRepresentatives), (nameof(CityStaff), CityStaff), (nameof(Residents), Residents),
    ];
}
