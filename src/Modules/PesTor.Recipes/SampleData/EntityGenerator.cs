using System.Globalization;
using PesTor.ContentManagement;
using PesTor.ContentParts;

namespace PesTor.Recipes.SampleData;

/// <summary>Entities (type <c>Entity</c>): legal form mix, valid NIP/REGON/KRS, address and point, contact, areas, statuses.</summary>
internal static class EntityGenerator
{
    public const string Type = "Entity";
    public const string PathPrefix = "podmioty";
    public const string ActivityAreasTaxonomyId = "activity-areas";

    private static readonly string[] MobilePrefixes = ["50", "51", "60", "66", "69", "72", "78", "88"];

    public static IEnumerable<ContentItem> Generate(SampleRun run)
    {
        var random = run.RandomFor(1);
        var identifiers = new SampleIdentifiers(run.RandomFor(2));
        var forms = random.Spread(LegalFormMix.Weights, run.Options.Entities);
        for (var i = 0; i < forms.Count; i++)
        {
            yield return Create(run, random, identifiers, forms[i], i + 1);
        }
    }

    private static ContentItem Create(SampleRun run, Random random, SampleIdentifiers identifiers, string form, int number)
    {
        var title = EntityNames.For(form, random);
        var id = SampleItems.Id("entity", number);
        var item = SampleItems.New(Type, id, title, run.Paths.Next(PathPrefix, title), random);
        var founded = random.Next(1990, 2013);
        var (address, location) = SampleAddresses.Next(random);
        var areas = Areas(form, random);

        item.Body(Describe(form, founded), Activity(areas.Length));
        item.Address(address);
        var handle = EntityNames.Handle(title);
        item.Contact(new ContactPart
        {
            Phone = random.Chance(0.7) ? Landline(random) : Mobile(random),
            Email = $"kontakt@{handle}.example.org",
            Website = random.Chance(0.6) ? $"https://{handle}.example.org" : null,
        });

        item.Terms("LegalForm", LegalFormMix.TaxonomyId, form);
        item.Text("Krs", LegalFormMix.InKrs(form) ? identifiers.Krs() : null);
        item.Text("Nip", identifiers.Nip());
        item.Text("Regon", identifiers.Regon());
        item.Point("Location", location);
        item.Terms("ActivityAreas", ActivityAreasTaxonomyId, areas);

        // OPP status exists since 2004 and needs two years of activity first.
        var publicBenefit = CanBePublicBenefit(form) && founded <= 2010 && random.Chance(0.42);
        item.Flag("PublicBenefit", publicBenefit);
        item.Date("PublicBenefitSince", publicBenefit ? random.Day(new DateOnly(Math.Max(2004, founded + 2), 1, 1), new DateOnly(2012, 12, 31)) : null);

        var socialEnterprise = form == "spoldzielnia_socjalna" && random.Chance(0.4);
        item.Flag("SocialEnterprise", socialEnterprise);
        item.Date("SocialEnterpriseSince", socialEnterprise ? random.Day(new DateOnly(2023, 1, 1), new DateOnly(2024, 12, 31)) : null);
        item.Flag("Verified", random.Chance(0.75));

        run.Entities.Add(new SampleEntity(id, title, form, areas.Contains("kultura")));
        if (LegalFormMix.IsEconomic(form))
        {
            run.EconomicEntities.Add(run.Entities.Count - 1);
        }

        return item;
    }

    private static string[] Areas(string form, Random random)
    {
        var typical = LegalFormMix.TypicalAreas(form);
        var count = random.Next(1, 4);
        var areas = new List<string> { random.Chance(0.6) ? typical[0] : random.Pick(typical) };
        while (areas.Count < count)
        {
            var next = random.Pick(typical);
            if (!areas.Contains(next))
            {
                areas.Add(next);
            }
        }

        return [.. areas];
    }

    private static bool CanBePublicBenefit(string form) =>
        form is "stowarzyszenie" or "fundacja" or "klub_sportowy" or "koscielna_osoba_prawna" or "spolka_non_profit" or "stowarzyszenie_jst";

    private static string Describe(string form, int founded) => form switch
    {
        "spoldzielnia_socjalna" or "spoldzielnia_pracy" or "spoldzielnia_inwalidow_i_niewidomych" =>
            $"Spółdzielnia działa w Toruniu od {founded} roku i zatrudnia osoby zagrożone wykluczeniem społecznym, świadcząc usługi dla mieszkańców, firm i instytucji.",
        "cis" or "kis" => $"Jednostka reintegracyjna działa od {founded} roku: prowadzi zajęcia reintegracji społecznej i zawodowej dla osób długotrwale bezrobotnych.",
        "zaz" or "wtz" => $"Placówka działa od {founded} roku i prowadzi rehabilitację społeczną i zawodową osób z niepełnosprawnościami.",
        "klub_sportowy" => $"Klub działa od {founded} roku i prowadzi zajęcia sportowe dla dzieci, młodzieży i dorosłych.",
        "koscielna_osoba_prawna" => $"Wspólnota od {founded} roku prowadzi działalność charytatywną i opiekuńczą na rzecz mieszkańców parafii.",
        _ => $"Organizacja działa w Toruniu od {founded} roku na rzecz mieszkańców miasta, współpracując z Gminą Miasta Toruń i innymi organizacjami.",
    };

    private static string Activity(int areas) => areas == 1
        ? "Prowadzi działalność pożytku publicznego w jednym obszarze."
        : string.Create(CultureInfo.InvariantCulture, $"Prowadzi działalność pożytku publicznego w {areas} obszarach.");

    private static string Landline(Random random) => $"56 6{random.Digits(2)} {random.Digits(2)} {random.Digits(2)}";

    private static string Mobile(Random random) => $"{random.Pick(MobilePrefixes)}{random.Digits(1)} {random.Digits(3)} {random.Digits(3)}";
}
