using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Recipes.SampleData.Words;

namespace PesTor.Recipes.SampleData;

/// <summary>Support points (type <c>SupportPoint</c>): OWES, ROPS, PUP, MOPR branches, CIS/KIS, city offices and NGOs.</summary>
internal static class SupportPointGenerator
{
    public const string Type = "SupportPoint";
    public const string PathPrefix = "punkty-wsparcia";

    public static IEnumerable<ContentItem> Generate(SampleRun run)
    {
        var random = run.RandomFor(7);
        var types = random.Spread(SupportWords.TypeWeights, run.Options.SupportPoints);
        for (var i = 0; i < types.Count; i++)
        {
            var type = types[i];
            var (address, location) = SampleAddresses.Next(random);
            var district = TorunDistricts.Get(address.District!.TermContentItemIds[0]).Name;
            var title = Name(type, district, random);
            var item = SampleItems.New(Type, SampleItems.Id("support", i + 1), title, run.Paths.Next(PathPrefix, title), random);
            var services = SupportWords.Services(type);
            item.Body("Punkt wsparcia dla podmiotów ekonomii społecznej i osób, które chcą je zakładać.", "Przyjmuje po wcześniejszym umówieniu się telefonicznym lub mailowym.");
            item.Address(address);
            item.Contact(new ContactPart
            {
                Phone = $"56 6{random.Digits(2)} {random.Digits(2)} {random.Digits(2)}",
                Email = $"wsparcie{i + 1}@example.org",
                Website = random.Chance(0.7) ? $"https://{EntityNames.Handle(title)}.example.org" : null,
            });
            item.Text("SupportType", type);
            item.Text("Services", string.Join('\n', services.Take(random.Next(2, services.Count + 1))));
            item.Point("Location", location);
            yield return item;
        }
    }

    private static string Name(string type, string district, Random random) => type switch
    {
        "owes" => $"Ośrodek Wsparcia Ekonomii Społecznej – punkt konsultacyjny {district}",
        "rops" => "Regionalny Ośrodek Polityki Społecznej – punkt informacyjny w Toruniu",
        "pup" => $"Powiatowy Urząd Pracy dla Miasta Torunia – punkt obsługi {district}",
        "mopr" => $"Miejski Ośrodek Pomocy Rodzinie w Toruniu – filia {district}",
        "cis" => $"Centrum Integracji Społecznej „{random.Pick(OrganisationWords.Quoted)}” – punkt rekrutacji",
        "kis" => $"Klub Integracji Społecznej „{random.Pick(OrganisationWords.Quoted)}”",
        "city" => $"Urząd Miasta Torunia – punkt obsługi organizacji pozarządowych ({district})",
        "ngo" => $"Centrum Organizacji Pozarządowych „{random.Pick(OrganisationWords.Quoted)}”",
        _ => $"Punkt poradnictwa obywatelskiego – {district}",
    };
}
