namespace PesTor.Recipes.SampleData.Words;

/// <summary>Support point kinds (SupportPoint.SupportType option values), how often each occurs, and what they offer.</summary>
internal static class SupportWords
{
    /// <summary>Weights out of 25, the original platform's number of support points.</summary>
    public static readonly IReadOnlyList<(string Type, int Weight)> TypeWeights =
    [
        ("owes", 2), ("rops", 1), ("pup", 1), ("mopr", 4), ("cis", 2), ("kis", 2), ("city", 3), ("ngo", 8), ("other", 2),
    ];

    public static IReadOnlyList<string> Services(string type) => type switch
    {
        "owes" => ["doradztwo w zakładaniu spółdzielni socjalnych", "szkolenia dla PES", "wsparcie biznesowe i księgowe", "dotacje na utworzenie miejsc pracy"],
        "rops" => ["koordynacja regionalnej polityki ekonomii społecznej", "informacja o funduszach europejskich", "szkolenia dla kadr pomocy społecznej"],
        "pup" => ["pośrednictwo pracy", "dotacje na rozpoczęcie działalności", "staże i prace interwencyjne", "refundacja wyposażenia stanowiska pracy"],
        "mopr" => ["pomoc społeczna i praca socjalna", "kontrakty socjalne", "kierowanie do CIS i KIS", "poradnictwo rodzinne"],
        "cis" => ["reintegracja społeczna i zawodowa", "warsztaty zawodowe", "świadczenie integracyjne", "wsparcie psychologiczne"],
        "kis" => ["grupy wsparcia", "prace społecznie użyteczne", "doradztwo zawodowe", "poradnictwo prawne"],
        "city" => ["informacja o konkursach ofert", "użyczenie i najem lokali", "klauzule społeczne w zamówieniach", "patronaty i promocja"],
        "ngo" => ["doradztwo dla organizacji pozarządowych", "pomoc w rozliczaniu dotacji", "inkubator organizacji", "sala szkoleniowa do wynajęcia"],
        _ => ["poradnictwo", "informacja", "szkolenia"],
    };
}
