using System.Globalization;
using PesTor.ContentManagement;
using PesTor.Recipes.SampleData.Words;

namespace PesTor.Recipes.SampleData;

/// <summary>Needs (type <c>Need</c>) reported by entities, the city office and residents.</summary>
internal static class NeedGenerator
{
    public const string Type = "Need";
    public const string PathPrefix = "zapotrzebowania";

    private static readonly (string Value, int Weight)[] Requesters = [("pes", 4), ("city", 3), ("resident", 3)];
    private static readonly (string Value, int Weight)[] Statuses = [("open", 5), ("in-progress", 2), ("closed", 3)];

    public static IEnumerable<ContentItem> Generate(SampleRun run)
    {
        var random = run.RandomFor(5);
        for (var i = 1; i <= run.Options.Needs; i++)
        {
            var (title, category) = random.Pick(MarketWords.Needs);
            var item = SampleItems.New(Type, SampleItems.Id("need", i), title, run.Paths.Next(PathPrefix, title), random);
            var requester = random.Weighted(Requesters);
            item.Body(
                requester switch
                {
                    "city" => "Zapotrzebowanie jednostki Urzędu Miasta Torunia; zamówienie poniżej progu stosowania ustawy, z możliwością zastosowania klauzuli społecznej.",
                    "resident" => "Zgłoszenie mieszkańca, opublikowane po moderacji.",
                    _ => "Zapotrzebowanie podmiotu ekonomii społecznej na potrzeby prowadzonych zajęć i wydarzeń.",
                },
                "Oferty prosimy składać przez platformę.");
            item.Text("RequesterType", requester);
            item.Terms("Category", MarketWords.CategoriesTaxonomyId, category);
            item.Number("Quantity", random.Chance(0.6) ? random.Next(1, 50) : null);
            item.Date("NeededBy", random.Day(new DateOnly(2013, 3, 1), new DateOnly(2014, 4, 30)));
            item.Number("Budget", random.Chance(0.7) ? random.Next(2, 400) * 50m : null);
            item.Text("Status", random.Weighted(Statuses));
            item.Text("ContactEmail", string.Create(CultureInfo.InvariantCulture, $"zapotrzebowania+{i}@example.org"));
            yield return item;
        }
    }
}
