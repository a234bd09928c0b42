namespace PesTor.Recipes.SampleData.Words;

/// <summary>Things organisations lend in the equipment bank, with a term id of <c>categories</c> and a typical maximum quantity.</summary>
internal static class EquipmentWords
{
    public static readonly IReadOnlyList<(string Title, string Category, int MaxQuantity)> Items =
    [
        ("Namiot ekspresowy 3 × 6 m", "namioty", 4),
        ("Namiot imprezowy 5 × 10 m", "namioty", 2),
        ("Ławki i stoły biesiadne", "namioty", 20),
        ("Parasole ogrodowe", "namioty", 10),
        ("Nagłośnienie przenośne 2 × 500 W", "sprzet-naglosnieniowy", 2),
        ("Mikrofony bezprzewodowe", "sprzet-naglosnieniowy", 6),
        ("Projektor multimedialny", "sprzet-naglosnieniowy", 3),
        ("Ekran projekcyjny na statywie", "sprzet-naglosnieniowy", 3),
        ("Laptop z pakietem biurowym", "sprzet-komputerowy", 8),
        ("Drukarka laserowa", "sprzet-komputerowy", 2),
        ("Aparat fotograficzny z obiektywem", "sprzet-komputerowy", 2),
        ("Niszczarka dokumentów", "sprzet-komputerowy", 2),
        ("Krzesła konferencyjne", "meble", 50),
        ("Stoły składane", "meble", 20),
        ("Tablica flipchart", "meble", 4),
        ("Wózek inwalidzki", "sprzet-rehabilitacyjny", 5),
        ("Balkonik rehabilitacyjny", "sprzet-rehabilitacyjny", 6),
        ("Łóżko rehabilitacyjne", "sprzet-rehabilitacyjny", 2),
        ("Kule łokciowe", "sprzet-rehabilitacyjny", 10),
        ("Rowery miejskie", "sprzet-sportowy", 10),
        ("Kajaki dwuosobowe", "sprzet-sportowy", 8),
        ("Zestaw do gier terenowych", "sprzet-sportowy", 3),
        ("Stół do tenisa stołowego", "sprzet-sportowy", 2),
        ("Kosiarka spalinowa", "zielen", 2),
        ("Zestaw narzędzi ogrodowych", "zielen", 5),
        ("Elektronarzędzia do drobnych remontów", "remonty", 3),
        ("Drabina aluminiowa", "remonty", 3),
        ("Maszyna do szycia", "szycie", 4),
        ("Warnik i termosy gastronomiczne", "catering", 6),
        ("Kuchenka gazowa dwupalnikowa", "catering", 2),
        ("Samochód dziewięcioosobowy", "transport", 1),
        ("Przyczepka towarowa", "transport", 1),
    ];
}
