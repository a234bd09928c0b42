namespace PesTor.Recipes.SampleData;

/// <summary>
/// The mix of legal forms (term ids of <c>legal-forms</c>), weighted like a city's register of social economy entities:
/// mostly associations and foundations, then social cooperatives and sports clubs, a few reintegration units (CIS, KIS,
/// ZAZ, WTZ) and rare forms. Weights are per 200 entities.
/// </summary>
internal static class LegalFormMix
{
    public const string TaxonomyId = "legal-forms";

    public static readonly IReadOnlyList<(string Form, int Weight)> Weights =
    [
        ("stowarzyszenie", 80),
        ("fundacja", 50),
        ("spoldzielnia_socjalna", 16),
        ("klub_sportowy", 16),
        ("koscielna_osoba_prawna", 8),
        ("wtz", 6),
        ("cis", 4),
        ("kis", 4),
        ("spoldzielnia_pracy", 4),
        ("spolka_non_profit", 4),
        ("zaz", 2),
        ("spoldzielnia_inwalidow_i_niewidomych", 2),
        ("kolo_gospodyn_wiejskich", 2),
        ("stowarzyszenie_jst", 1),
        ("spoldzielnia_produkcji_rolnej", 1),
    ];

    /// <summary>
    /// Whether entities of the form are in the KRS. CIS, KIS, WTZ and ZAZ are units run by another entity; church bodies and
    /// (in 2013) rural women's circles were registered elsewhere.
    /// </summary>
    public static bool InKrs(string form) => form is not ("cis" or "kis" or "wtz" or "zaz" or "koscielna_osoba_prawna" or "kolo_gospodyn_wiejskich");

    /// <summary>Forms that sell products and services: the usual offerors and tenants.</summary>
    public static bool IsEconomic(string form) =>
        form.StartsWith("spoldzielnia", StringComparison.Ordinal) || form is "cis" or "zaz" or "wtz" or "spolka_non_profit";

    /// <summary>Activity areas (term ids of <c>activity-areas</c>) typical for the form; the first is the most likely.</summary>
    public static IReadOnlyList<string> TypicalAreas(string form) => form switch
    {
        "spoldzielnia_socjalna" or "spoldzielnia_pracy" => ["reintegracja", "zatrudnienie", "rozwoj-gospodarczy", "wspolnoty-lokalne"],
        "cis" or "kis" => ["reintegracja", "zatrudnienie", "pomoc-spoleczna", "uzaleznienia"],
        "zaz" or "wtz" or "spoldzielnia_inwalidow_i_niewidomych" => ["niepelnosprawni", "reintegracja", "zatrudnienie", "zdrowie"],
        "klub_sportowy" => ["kultura-fizyczna", "dzieci-i-mlodziez", "zdrowie", "turystyka"],
        "koscielna_osoba_prawna" => ["dzialalnosc-charytatywna", "pomoc-spoleczna", "rodzina", "seniorzy"],
        "kolo_gospodyn_wiejskich" or "spoldzielnia_produkcji_rolnej" => ["tradycja-narodowa", "wspolnoty-lokalne", "rozwoj-gospodarczy", "kultura"],
        "stowarzyszenie_jst" => ["rozwoj-gospodarczy", "wspolnoty-lokalne", "integracja-europejska", "turystyka"],
        "spolka_non_profit" => ["rozwoj-gospodarczy", "zatrudnienie", "edukacja", "wspieranie-ngo"],
        _ =>
        [
            "kultura", "pomoc-spoleczna", "dzieci-i-mlodziez", "edukacja", "niepelnosprawni", "seniorzy", "ekologia", "zdrowie",
            "wspolnoty-lokalne", "wolontariat", "rodzina", "dzialalnosc-charytatywna", "rewitalizacja", "wspieranie-ngo", "turystyka",
            "prawa-czlowieka", "uzaleznienia", "tradycja-narodowa",
        ],
    };
}
