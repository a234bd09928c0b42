using System.Globalization;
using PesTor.ContentManagement;
using PesTor.Recipes.SampleData.Words;

namespace PesTor.Recipes.SampleData;

/// <summary>Products and services (type <c>Offer</c>) of generated entities, mostly of cooperatives and reintegration units.</summary>
internal static class OfferGenerator
{
    public const string Type = "Offer";
    public const string PathPrefix = "oferty";

    public static IEnumerable<ContentItem> Generate(SampleRun run)
    {
        var random = run.RandomFor(3);
        for (var i = 1; i <= run.Options.Offers; i++)
        {
            var (title, kind, category) = random.Pick(MarketWords.Offers);
            var item = SampleItems.New(Type, SampleItems.Id("offer", i), title, run.Paths.Next(PathPrefix, title), random);
            item.Body(
                kind == "product"
                    ? "Wyrób wykonywany przez uczestników i pracowników podmiotu; możliwe zamówienia hurtowe i okolicznościowe."
                    : "Usługa realizowana przez zespół podmiotu na terenie Torunia i okolic; zakup u podmiotu ekonomii społecznej wspiera zatrudnienie osób zagrożonych wykluczeniem.",
                "Szczegóły i wycenę ustalamy indywidualnie.");
            item.Picker("Entity", run.PickEntity(random, preferEconomic: 0.7));
            item.Text("Kind", kind);
            item.Terms("Category", MarketWords.CategoriesTaxonomyId, category);
            var price = random.Chance(0.8) ? random.Decimal(10m, 2_500m, 2) : (decimal?)null;
            item.Number("PriceFrom", price);
            item.Text("PriceNote", price is null
                ? "Cena ustalana indywidualnie."
                : string.Create(CultureInfo.InvariantCulture, $"Cena brutto od podanej kwoty, zależnie od zakresu; faktura VAT {(random.Chance(0.5) ? "lub rachunek" : "na życzenie")}."));
            item.Flag("Active", random.Chance(0.85));
            yield return item;
        }
    }
}
