namespace PesTor.Recipes.SampleData.Words;

/// <summary>
/// Toruń's 24 districts (term ids of the <c>districts</c> taxonomy in recipes/pestor-torun.recipe.json) with an approximate
/// centre. Centres plus the generator's jitter stay inside the city's box 52.955–53.070 N, 18.470–18.760 E (domain notes).
/// </summary>
internal static class TorunDistricts
{
    public const string TaxonomyId = "districts";

    public const decimal MinLatitude = 52.955m;
    public const decimal MaxLatitude = 53.070m;
    public const decimal MinLongitude = 18.470m;
    public const decimal MaxLongitude = 18.760m;

    public static readonly IReadOnlyList<District> All =
    [
        new("barbarka", "Barbarka", 53.0560m, 18.5600m),
        new("bielany", "Bielany", 53.0290m, 18.5780m),
        new("bielawy", "Bielawy", 53.0420m, 18.6180m),
        new("bydgoskie-przedmiescie", "Bydgoskie Przedmieście", 53.0190m, 18.5860m),
        new("chelminskie-przedmiescie", "Chełmińskie Przedmieście", 53.0290m, 18.6010m),
        new("czerniewice", "Czerniewice", 52.9930m, 18.7040m),
        new("glinki", "Glinki", 52.9890m, 18.6390m),
        new("grebocin-nad-struga", "Grębocin nad Strugą", 53.0450m, 18.6780m),
        new("jakubskie-przedmiescie", "Jakubskie Przedmieście", 53.0150m, 18.6310m),
        new("kaszczorek", "Kaszczorek", 53.0040m, 18.7190m),
        new("katarzynka", "Katarzynka", 52.9800m, 18.6700m),
        new("koniuchy", "Koniuchy", 53.0270m, 18.6430m),
        new("mokre", "Mokre", 53.0240m, 18.6260m),
        new("na-skarpie", "Na Skarpie", 53.0160m, 18.6640m),
        new("piaski", "Piaski", 53.0320m, 18.6900m),
        new("podgorz", "Podgórz", 52.9960m, 18.5920m),
        new("rubinkowo", "Rubinkowo", 53.0270m, 18.6700m),
        new("rudak", "Rudak", 52.9960m, 18.6180m),
        new("rybaki", "Rybaki", 53.0110m, 18.5890m),
        new("stare-miasto", "Stare Miasto", 53.0100m, 18.6050m),
        new("starotorunskie-przedmiescie", "Starotoruńskie Przedmieście", 52.9890m, 18.5720m),
        new("stawki", "Stawki", 52.9840m, 18.5560m),
        new("winnica", "Winnica", 53.0330m, 18.6530m),
        new("wrzosy", "Wrzosy", 53.0460m, 18.6010m),
    ];

    private static readonly Dictionary<string, District> ById = All.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public static District Get(string id) => ById[id];

    internal sealed record District(string Id, string Name, decimal Latitude, decimal Longitude);
}
