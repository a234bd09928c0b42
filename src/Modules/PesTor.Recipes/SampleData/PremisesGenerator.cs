using System.Globalization;
using PesTor.ContentManagement;

namespace PesTor.Recipes.SampleData;

/// <summary>
/// City premises for organisations (type <c>Premises</c>). The maximum discount follows the domain notes: 70, 50 or 30 %
/// by the kind of activity, plus 20 % for basements and 30 % for attics and outbuildings, capped at 100 %.
/// </summary>
internal static class PremisesGenerator
{
    public const string Type = "Premises";
    public const string PathPrefix = "lokale";

    private static readonly (string Value, int Weight)[] Floors = [("ground", 5), ("upper", 3), ("basement", 2), ("attic", 1), ("outbuilding", 1)];
    private static readonly (string Value, int Weight)[] Conditions = [("good", 3), ("to-refresh", 4), ("to-renovate", 3)];
    private static readonly (string Value, int Weight)[] Statuses = [("free", 35), ("in-call", 15), ("rented", 35), ("lent", 15)];
    private static readonly int[] ActivityDiscounts = [70, 50, 30];

    private static readonly string[] Administrators =
    [
        "Zakład Gospodarki Mieszkaniowej w Toruniu", "Zakład Gospodarki Mieszkaniowej w Toruniu", "Zakład Gospodarki Mieszkaniowej w Toruniu",
        "Wydział Gospodarki Nieruchomościami Urzędu Miasta Torunia", "Miejski Zarząd Dróg w Toruniu",
    ];

    private static readonly string[][] UtilitySets =
    [
        ["energia elektryczna", "woda i kanalizacja", "centralne ogrzewanie z sieci miejskiej", "WC w lokalu"],
        ["energia elektryczna", "woda i kanalizacja", "ogrzewanie gazowe", "WC wspólne na klatce"],
        ["energia elektryczna", "ogrzewanie elektryczne"],
        ["energia elektryczna", "woda i kanalizacja", "centralne ogrzewanie", "instalacja gazowa", "łazienka z prysznicem"],
    ];

    public static IEnumerable<ContentItem> Generate(SampleRun run)
    {
        var random = run.RandomFor(6);
        for (var i = 1; i <= run.Options.Premises; i++)
        {
            var (address, location) = SampleAddresses.Next(random, withUnit: true);
            var title = $"Lokal użytkowy, {address.Street}";
            var item = SampleItems.New(Type, SampleItems.Id("premises", i), title, run.Paths.Next(PathPrefix, title), random);
            var floor = random.Weighted(Floors);
            var status = random.Weighted(Statuses);
            var area = random.Decimal(20m, 400m, 2);
            var rooms = Math.Clamp((int)(area / 30m) + random.Next(0, 2), 1, 12);
            item.Body(
                string.Create(CultureInfo.InvariantCulture, $"Lokal o powierzchni {PolishDecimal(area)} m², liczba pomieszczeń: {rooms}, przeznaczony na działalność statutową organizacji pozarządowej."),
                status switch
                {
                    "in-call" => "Lokal w otwartym naborze: wnioski przyjmuje Wydział Gospodarki Nieruchomościami.",
                    "free" => "Lokal wolny; zostanie ujęty w najbliższym naborze.",
                    _ => "Lokal zajęty; informacja o zwolnieniu zostanie opublikowana w naborze.",
                });
            item.Address(address);
            item.Point("Location", location);
            item.Number("AreaM2", area);
            item.Text("Floor", floor);
            item.Number("Rooms", rooms);
            item.Text("Condition", random.Weighted(Conditions));
            item.Text("Utilities", string.Join('\n', random.Pick(UtilitySets)));
            item.Flag("Accessible", floor == "ground" ? random.Chance(0.7) : random.Chance(0.1));
            item.Text("Administrator", random.Pick(Administrators));
            item.Text("Status", status);
            item.Number("BaseRate", BaseRate(random, address.District!.TermContentItemIds[0]));
            item.Number("MaxDiscountPct", Math.Min(100, random.Pick(ActivityDiscounts) + FloorDiscount(floor)));
            item.Picker("Tenant", status is "rented" or "lent" ? run.PickEntity(random, preferEconomic: 0.2) : null);
            yield return item;
        }
    }

    /// <summary>"232,78": Polish notation without depending on the machine's culture data.</summary>
    private static string PolishDecimal(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>zł/m² a month; the old town costs more.</summary>
    private static decimal BaseRate(Random random, string district) =>
        district == "stare-miasto" ? random.Decimal(18m, 32m, 2) : random.Decimal(6m, 18m, 2);

    private static int FloorDiscount(string floor) => floor switch
    {
        "basement" => 20,
        "attic" or "outbuilding" => 30,
        _ => 0,
    };
}
