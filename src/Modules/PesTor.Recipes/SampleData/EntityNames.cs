using PesTor.Validation;
using PesTor.Recipes.SampleData.Words;

namespace PesTor.Recipes.SampleData;

/// <summary>Realistic names for an entity of a legal form ("Spółdzielnia Socjalna „Przystań”", "Fundacja na Rzecz Seniorów").</summary>
internal static class EntityNames
{
    public static string For(string form, Random random)
    {
        var quoted = $"„{random.Pick(OrganisationWords.Quoted)}”";
        var purpose = random.Pick(OrganisationWords.Purposes);
        return form switch
        {
            "stowarzyszenie" => random.Next(4) switch
            {
                0 => $"Stowarzyszenie {quoted}",
                1 => $"Stowarzyszenie na Rzecz {purpose}",
                2 => $"Toruńskie Stowarzyszenie {random.Pick(OrganisationWords.SocietyMembers)}",
                _ => $"Stowarzyszenie Mieszkańców Osiedla {random.Pick(TorunDistricts.All).Name}",
            },
            "fundacja" => random.Next(3) switch
            {
                0 => $"Fundacja {quoted}",
                1 => $"Fundacja na Rzecz {purpose}",
                _ => $"Toruńska Fundacja Pomocy {purpose}",
            },
            "spoldzielnia_socjalna" => $"Spółdzielnia Socjalna {quoted}",
            "spoldzielnia_pracy" => $"Spółdzielnia Pracy {quoted}",
            "spoldzielnia_inwalidow_i_niewidomych" => $"Spółdzielnia Inwalidów {quoted}",
            "spoldzielnia_produkcji_rolnej" => $"Rolnicza Spółdzielnia Produkcyjna {quoted}",
            "klub_sportowy" => random.Next(3) switch
            {
                0 => $"Uczniowski Klub Sportowy {quoted}",
                1 => $"Toruński Klub {random.Pick(OrganisationWords.Sports)} {quoted}",
                _ => $"Klub Sportowy {quoted} Toruń",
            },
            "koscielna_osoba_prawna" => random.Chance(0.5)
                ? $"Parafialny Zespół Caritas przy Parafii pw. {random.Pick(OrganisationWords.Dedications)} w Toruniu"
                : $"Parafia Rzymskokatolicka pw. {random.Pick(OrganisationWords.Dedications)} w Toruniu",
            "cis" => $"Centrum Integracji Społecznej {quoted}",
            "kis" => $"Klub Integracji Społecznej {quoted}",
            "zaz" => $"Zakład Aktywności Zawodowej {quoted}",
            "wtz" => $"Warsztat Terapii Zajęciowej {quoted}",
            "spolka_non_profit" => $"Centrum Usług Społecznych {quoted} sp. z o.o. non-profit",
            "kolo_gospodyn_wiejskich" => $"Koło Gospodyń Wiejskich {random.Pick(OrganisationWords.Villages)}",
            "stowarzyszenie_jst" => $"Stowarzyszenie Gmin Ziemi Toruńskiej {quoted}",
            _ => $"Stowarzyszenie {quoted}",
        };
    }

    /// <summary>A short domain-safe label for contact addresses ("przystan", "na-rzecz-seniorow").</summary>
    public static string Handle(string title)
    {
        var slug = Slugifier.Slugify(title);
        var words = slug.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('-', words.Skip(Math.Max(0, words.Length - 3)));
    }
}
