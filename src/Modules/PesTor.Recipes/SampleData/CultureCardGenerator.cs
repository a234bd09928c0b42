using PesTor.ContentManagement;

namespace PesTor.Recipes.SampleData;

/// <summary>
/// Culture evaluation cards (type <c>CultureEvaluationCard</c>) for 2013, one per entity active in culture while there are
/// such entities. The type has no body and no text field, so its sample mark is the id prefix and the Author column.
/// </summary>
internal static class CultureCardGenerator
{
    public const string Type = "CultureEvaluationCard";
    public const int Year = 2013;

    public static IEnumerable<ContentItem> Generate(SampleRun run)
    {
        var random = run.RandomFor(8);
        var culture = run.Entities.Where(e => e.Culture).ToList();
        var others = run.Entities.Where(e => !e.Culture).ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(culture));
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(others));
        var order = culture.Concat(others).ToList();
        for (var i = 1; i <= run.Options.CultureCards; i++)
        {
            var entity = order.Count > 0 ? order[(i - 1) % order.Count] : null;
            var title = entity is null
                ? $"Karta oceny działalności w kulturze {Year} nr {i}"
                : $"Karta oceny działalności w kulturze {Year} – {entity.Title}";
            var item = SampleItems.New(Type, SampleItems.Id("culture-card", i), title, path: null, random);
            var events = random.Next(1, 41);
            item.Picker("Entity", entity?.Id);
            item.Number("Year", Year);
            item.Number("CityFunds", random.Decimal(2_000m, 80_000m, 2));
            item.Number("OwnFunds", random.Decimal(500m, 30_000m, 2));
            item.Number("InKindValue", random.Chance(0.8) ? random.Decimal(0m, 20_000m, 2) : 0m);
            item.Number("Participants", events * random.Next(15, 150));
            item.Number("Events", events);
            item.Number("VolunteerHours", random.Next(20, 2_000));
            item.Number("Beneficiaries", events * random.Next(10, 80));
            yield return item;
        }
    }
}
