namespace PesTor.Users.Services;

/// <summary>Polish names (localizer keys) for the account area's item lists.</summary>
public static class ItemTexts
{
    public static string TypeName(string type) => type switch
    {
        MyContent.Entity => "Profil podmiotu",
        MyContent.Offer => "Produkt lub usługa",
        MyContent.Equipment => "Sprzęt",
        MyContent.Need => "Zapotrzebowanie",
        MyContent.NeedResponse => "Odpowiedź na moje zapotrzebowanie",
        MyContent.LoanRequest => "Wniosek o wypożyczenie mojego sprzętu",
        _ => type,
    };

    /// <summary>The label of a response's or loan request's status option (as the recipe names them).</summary>
    public static string StatusLabel(string? status) => status switch
    {
        "sent" => "Wysłana",
        "accepted" => "Przyjęta",
        "declined" => "Odrzucona",
        "requested" => "Złożony",
        "approved" => "Zatwierdzony",
        "lent" => "Wypożyczony",
        "returned" => "Zwrócony",
        "rejected" => "Odrzucony",
        _ => status ?? "",
    };

    public static string AddLink(string type) => type switch
    {
        MyContent.Offer => "Dodaj produkt lub usługę",
        MyContent.Equipment => "Dodaj sprzęt do banku sprzętu",
        _ => "Zgłoś zapotrzebowanie",
    };

    public static string State(MyContent.Row row) => (row.Item.Published, row.HasPublished, row.CanPublish) switch
    {
        (true, _, _) => "opublikowane",
        (false, true, true) => "opublikowane; zmiany w szkicu",
        (false, true, false) => "opublikowane; zmiany czekają na urząd",
        (false, false, true) => "szkic",
        _ => "czeka na moderację",
    };
}
