using System.Text.Json;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Contents.Validation;
using PesTor.Validation;
using PesTor.Recipes.SampleData;

namespace PesTor.Tests.Unit.SampleData;

public sealed class SampleDataGeneratorTests
{
    private static readonly SampleDataOptions Defaults = new();
    private static readonly IReadOnlyList<ContentItem> Items = new SampleDataGenerator().Generate(Defaults).ToList();

    private static readonly string[] Districts =
    [
        "barbarka", "bielany", "bielawy", "bydgoskie-przedmiescie", "chelminskie-przedmiescie", "czerniewice", "glinki",
        "grebocin-nad-struga", "jakubskie-przedmiescie", "kaszczorek", "katarzynka", "koniuchy", "mokre", "na-skarpie", "piaski",
        "podgorz", "rubinkowo", "rudak", "rybaki", "stare-miasto", "starotorunskie-przedmiescie", "stawki", "winnica", "wrzosy",
    ];

    [Fact]
    public void The_same_seed_gives_the_same_items_and_another_seed_differs()
    {
        var again = Serialize(new SampleDataGenerator().Generate(new SampleDataOptions()));
        var other = Serialize(new SampleDataGenerator().Generate(new SampleDataOptions { Seed = 2014 }));

        Assert.Equal(Serialize(Items), again);
        Assert.NotEqual(again, other);
    }

    [Fact]
    public void Counts_per_type_are_the_original_platforms()
    {
        var counts = Items.GroupBy(i => i.ContentType).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(207, counts["Entity"]);
        Assert.Equal(43, counts["Equipment"]);
        Assert.Equal(42, counts["Offer"]);
        Assert.Equal(36, counts["Need"]);
        Assert.Equal(85, counts["Premises"]);
        Assert.Equal(25, counts["SupportPoint"]);
        Assert.Equal(20, counts["CultureEvaluationCard"]);
        Assert.Equal(7, counts.Count);
    }

    [Fact]
    public void Items_come_in_dependency_order_with_unique_sample_ids()
    {
        var order = Items.Select(i => i.ContentType).Distinct().ToList();

        Assert.Equal(SampleDataGenerator.TypeOrder, order);
        Assert.Equal(SampleDataGenerator.FirstEntityId, Items[0].ContentItemId);
        Assert.Equal(Items.Count, Items.Select(i => i.ContentItemId).Distinct().Count());
        Assert.All(Items, i => Assert.StartsWith(SampleMarker.IdPrefix, i.ContentItemId, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_entity_has_a_valid_nip_and_regon_and_unique_numbers()
    {
        var entities = Items.Where(i => i.ContentType == "Entity").ToList();
        var nips = entities.Select(e => e.GetField<TextField>("Entity", "Nip")!.Text).ToList();
        var regons = entities.Select(e => e.GetField<TextField>("Entity", "Regon")!.Text).ToList();
        var krs = entities.Select(e => e.GetField<TextField>("Entity", "Krs")?.Text).OfType<string>().ToList();

        Assert.All(nips, n => Assert.True(PolishIdentifiers.IsValidNip(n), $"NIP {n}"));
        Assert.All(regons, r => Assert.True(PolishIdentifiers.IsValidRegon(r), $"REGON {r}"));
        Assert.All(krs, k => Assert.True(PolishIdentifiers.IsValidKrs(k), $"KRS {k}"));
        Assert.Equal(nips.Count, nips.Distinct().Count());
        Assert.Equal(regons.Count, regons.Distinct().Count());
        Assert.Equal(krs.Count, krs.Distinct().Count());
    }

    [Fact]
    public void Reintegration_units_have_no_krs_and_the_mix_is_mostly_associations_and_foundations()
    {
        var forms = Items.Where(i => i.ContentType == "Entity")
            .Select(e => (Form: e.GetField<TaxonomyField>("Entity", "LegalForm")!.TermContentItemIds.Single(), Krs: e.GetField<TextField>("Entity", "Krs")))
            .ToList();
        var counts = forms.GroupBy(f => f.Form).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(forms.Where(f => f.Form is "cis" or "kis" or "wtz" or "zaz"), f => Assert.Null(f.Krs));
        Assert.All(forms.Where(f => f.Form is "stowarzyszenie" or "fundacja"), f => Assert.NotNull(f.Krs));
        Assert.True(counts["stowarzyszenie"] > counts["fundacja"] && counts["fundacja"] > counts["spoldzielnia_socjalna"]);
        Assert.Equal(15, counts.Count);
    }

    [Fact]
    public void Every_location_is_inside_torun_and_every_district_is_one_of_the_24()
    {
        var points = Items.SelectMany(Points).ToList();
        var districts = Items.Select(i => i.As<AddressPart>()?.District).OfType<TaxonomyField>().ToList();

        Assert.NotEmpty(points);
        Assert.All(points, p =>
        {
            Assert.InRange(p.Latitude!.Value, 52.955m, 53.070m);
            Assert.InRange(p.Longitude!.Value, 18.470m, 18.760m);
        });
        Assert.Equal(207 + 85 + 25, districts.Count);
        Assert.All(districts, d =>
        {
            Assert.Equal("districts", d.TaxonomyContentItemId);
            Assert.Contains(Assert.Single(d.TermContentItemIds), Districts);
        });
        Assert.All(Items.Select(i => i.As<AddressPart>()).OfType<AddressPart>(), a =>
        {
            Assert.Equal("Toruń", a.City);
            Assert.InRange(string.CompareOrdinal(a.PostalCode, "87-100"), 0, int.MaxValue);
            Assert.InRange(string.CompareOrdinal(a.PostalCode, "87-120"), int.MinValue, 0);
        });
    }

    [Fact]
    public void Autoroute_paths_are_unique_use_the_recipe_prefixes_and_match_the_engines_slugs()
    {
        var prefixes = new Dictionary<string, string>
        {
            ["Entity"] = "podmioty/", ["Offer"] = "oferty/", ["Need"] = "zapotrzebowania/", ["Equipment"] = "bank-sprzetu/",
            ["Premises"] = "lokale/", ["SupportPoint"] = "punkty-wsparcia/",
        };
        var routed = Items.Where(i => prefixes.ContainsKey(i.ContentType)).ToList();
        var paths = routed.Select(i => i.As<AutoroutePart>()!.Path!).ToList();

        Assert.Equal(paths.Count, paths.Distinct(StringComparer.Ordinal).Count());
        Assert.All(routed, i =>
        {
            var path = i.As<AutoroutePart>()!.Path!;
            var expected = prefixes[i.ContentType] + Slugifier.Slugify(i.DisplayText);
            Assert.True(path == expected || path.StartsWith(expected + "-", StringComparison.Ordinal), $"{path} is not {expected}");
        });
        Assert.All(Items.Where(i => i.ContentType == "CultureEvaluationCard"), i => Assert.Null(i.As<AutoroutePart>()));
    }

    [Fact]
    public void Every_item_is_marked_as_sample_data_and_titles_stay_realistic()
    {
        Assert.All(Items, i =>
        {
            Assert.Equal(SampleMarker.Author, i.Author);
            Assert.Equal(i.DisplayText, i.As<TitlePart>()!.Title);
            Assert.DoesNotContain(SampleMarker.Note, i.DisplayText, StringComparison.OrdinalIgnoreCase);
            if (i.ContentType != "CultureEvaluationCard")
            {
                Assert.Contains(SampleMarker.Note, i.As<HtmlBodyPart>()!.Html, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void Ten_thousand_entities_have_unique_paths_and_identifiers_and_come_fast()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var entities = new SampleDataGenerator().Generate(new SampleDataOptions { Entities = 10_000 }).Where(i => i.ContentType == "Entity").ToList();
        watch.Stop();

        Assert.Equal(10_000, entities.Count);
        Assert.Equal(10_000, entities.Select(e => e.As<AutoroutePart>()!.Path).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(10_000, entities.Select(e => e.GetField<TextField>("Entity", "Nip")!.Text).Distinct().Count());
        Assert.All(entities, e => Assert.True(PolishIdentifiers.IsValidNip(e.GetField<TextField>("Entity", "Nip")!.Text)));
        // A guard against quadratic slow-downs, not a benchmark: about 0.2 s on an idle machine, a few times that on a busy CI agent.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"Generating 10 000 entities took {watch.Elapsed}.");
    }

    [Fact]
    public void Options_with_a_negative_count_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new SampleDataGenerator().Generate(new SampleDataOptions { Premises = -1 }));

        Assert.Contains("Premises", error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<GeoPointField> Points(ContentItem item) =>
        new[] { item.GetField<GeoPointField>(item.ContentType, "Location") }.OfType<GeoPointField>();

    private static string Serialize(IEnumerable<ContentItem> items) => JsonSerializer.Serialize(items.ToList(), ContentJson.Options);
}
