using PesTor.ContentManagement;
using PesTor.Recipes.SampleData.Words;

namespace PesTor.Recipes.SampleData;

/// <summary>The equipment bank (type <c>Equipment</c>): things entities lend, with terms, condition and availability.</summary>
internal static class EquipmentGenerator
{
    public const string Type = "Equipment";
    public const string PathPrefix = "bank-sprzetu";

    private static readonly (string Value, int Weight)[] Conditions = [("new", 2), ("good", 5), ("used", 3), ("worn", 1)];
    private static readonly (string Value, int Weight)[] Terms = [("free", 6), ("paid", 2), ("deposit", 2)];
    private static readonly (string Value, int Weight)[] Availability = [("available", 7), ("lent", 2), ("unavailable", 1)];

    public static IEnumerable<ContentItem> Generate(SampleRun run)
    {
        var random = run.RandomFor(4);
        for (var i = 1; i <= run.Options.Equipment; i++)
        {
            var (title, category, maxQuantity) = random.Pick(EquipmentWords.Items);
            var item = SampleItems.New(Type, SampleItems.Id("equipment", i), title, run.Paths.Next(PathPrefix, title), random);
            var terms = random.Weighted(Terms);
            item.Body(
                "Sprzęt udostępniany innym organizacjom i mieszkańcom na wydarzenia, zajęcia i akcje społeczne.",
                terms switch
                {
                    "free" => "Wypożyczenie nieodpłatne; prosimy o zwrot w stanie niepogorszonym.",
                    "paid" => "Wypożyczenie odpłatne według cennika podmiotu; organizacje pozarządowe mają zniżkę.",
                    _ => "Wypożyczenie za zwrotną kaucją, ustalaną przy odbiorze.",
                });
            var owner = run.PickEntity(random, preferEconomic: 0.3);
            item.Picker("Owner", owner);
            item.Terms("Category", MarketWords.CategoriesTaxonomyId, category);
            item.Number("Quantity", random.Next(1, maxQuantity + 1));
            item.Text("Condition", random.Weighted(Conditions));
            item.Text("Terms", terms);
            item.Text("Availability", random.Weighted(Availability));
            item.Point("Location", SampleAddresses.Next(random).Location);
            yield return item;
        }
    }
}
