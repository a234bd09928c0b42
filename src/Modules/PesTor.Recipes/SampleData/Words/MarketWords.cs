namespace PesTor.Recipes.SampleData.Words;

/// <summary>
/// Titles for the procurement exchange: offers (with the Offer.Kind option value) and needs, each with a term id of the
/// <c>categories</c> taxonomy.
/// </summary>
internal static class MarketWords
{
    public const string CategoriesTaxonomyId = "categories";

    public static readonly IReadOnlyList<(string Title, string Kind, string Category)> Offers =
    [
        ("Catering na spotkania i konferencje", "service", "catering"),
        ("Obiady domowe z dowozem", "service", "catering"),
        ("Przerwy kawowe dla grup szkoleniowych", "service", "catering"),
        ("Sprzątanie biur i klatek schodowych", "service", "sprzatanie"),
        ("Mycie okien i sprzątanie po remontach", "service", "sprzatanie"),
        ("Drobne remonty i malowanie pomieszczeń", "service", "remonty"),
        ("Prace wykończeniowe w lokalach", "service", "remonty"),
        ("Pielęgnacja terenów zielonych", "service", "zielen"),
        ("Koszenie trawników i przycinanie żywopłotów", "service", "zielen"),
        ("Druk ulotek, plakatów i zaproszeń", "service", "poligrafia"),
        ("Oprawa introligatorska dokumentów", "service", "poligrafia"),
        ("Szycie toreb bawełnianych z nadrukiem", "product", "szycie"),
        ("Krawiectwo lekkie i poprawki", "service", "szycie"),
        ("Ceramika użytkowa wykonywana ręcznie", "product", "rekodzielo"),
        ("Pamiątki z motywami toruńskiej starówki", "product", "rekodzielo"),
        ("Kartki okolicznościowe i ozdoby świąteczne", "product", "rekodzielo"),
        ("Opieka nad osobami starszymi w domu", "service", "uslugi-opiekuncze"),
        ("Asystent osoby niepełnosprawnej", "service", "uslugi-opiekuncze"),
        ("Przewóz osób na wózkach inwalidzkich", "service", "transport"),
        ("Drobne przeprowadzki i transport mebli", "service", "transport"),
        ("Szkolenia z zakładania spółdzielni socjalnych", "service", "szkolenia"),
        ("Doradztwo w pozyskiwaniu dotacji", "service", "szkolenia"),
        ("Organizacja festynów i pikników rodzinnych", "service", "organizacja-wydarzen"),
        ("Obsługa konferencji i seminariów", "service", "organizacja-wydarzen"),
        ("Warsztaty plastyczne dla dzieci", "service", "animacja"),
        ("Animacja czasu wolnego na festynach", "service", "animacja"),
        ("Prowadzenie księgowości organizacji pozarządowych", "service", "ksiegowosc"),
        ("Obsługa kadrowo-płacowa", "service", "ksiegowosc"),
        ("Strony internetowe dla organizacji", "service", "uslugi-informatyczne"),
        ("Serwis komputerów i drukarek", "service", "uslugi-informatyczne"),
        ("Projekty graficzne materiałów promocyjnych", "service", "grafika-fotografia"),
        ("Fotografia reportażowa z wydarzeń", "service", "grafika-fotografia"),
        ("Pranie i maglowanie bielizny", "service", "pranie"),
        ("Pierniki toruńskie ręcznie zdobione", "product", "zywnosc"),
        ("Przetwory i soki z lokalnych owoców", "product", "zywnosc"),
        ("Pieczywo i ciasta na zamówienie", "product", "zywnosc"),
        ("Masaż i rehabilitacja ruchowa", "service", "rehabilitacja"),
        ("Wynajem nagłośnienia z obsługą", "service", "sprzet-naglosnieniowy"),
        ("Meble ogrodowe z palet", "product", "meble"),
        ("Renowacja starych mebli", "service", "meble"),
    ];

    public static readonly IReadOnlyList<(string Title, string Category)> Needs =
    [
        ("Catering na spotkanie z seniorami", "catering"),
        ("Poczęstunek na festyn osiedlowy", "catering"),
        ("Sprzątanie świetlicy po remoncie", "sprzatanie"),
        ("Malowanie sali zajęć świetlicy", "remonty"),
        ("Naprawa ogrodzenia placu zabaw", "remonty"),
        ("Pielęgnacja zieleni przy przedszkolu", "zielen"),
        ("Założenie ogródka przy domu sąsiedzkim", "zielen"),
        ("Druk ulotek informacyjnych", "poligrafia"),
        ("Druk plakatów na dni dzielnicy", "poligrafia"),
        ("Uszycie strojów dla zespołu tanecznego", "szycie"),
        ("Upominki dla uczestników konferencji", "rekodzielo"),
        ("Opieka wytchnieniowa dla opiekunów", "uslugi-opiekuncze"),
        ("Przewóz uczestników na wycieczkę", "transport"),
        ("Transport darów do magazynu żywności", "transport"),
        ("Szkolenie z rachunkowości dla zarządu", "szkolenia"),
        ("Obsługa forum organizacji pozarządowych", "organizacja-wydarzen"),
        ("Warsztaty dla dzieci w czasie ferii", "animacja"),
        ("Zajęcia dla seniorów w klubie osiedlowym", "animacja"),
        ("Księgowość dla małego stowarzyszenia", "ksiegowosc"),
        ("Aktualizacja strony internetowej", "uslugi-informatyczne"),
        ("Projekt logo i identyfikacji wizualnej", "grafika-fotografia"),
        ("Pranie strojów sportowych", "pranie"),
        ("Produkty spożywcze na paczki świąteczne", "zywnosc"),
        ("Zajęcia rehabilitacyjne dla podopiecznych", "rehabilitacja"),
        ("Wypożyczenie nagłośnienia na koncert", "sprzet-naglosnieniowy"),
        ("Używane komputery do pracowni", "sprzet-komputerowy"),
        ("Stoły i krzesła do świetlicy", "meble"),
        ("Namiot na piknik rodzinny", "namioty"),
        ("Piłki i sprzęt do zajęć sportowych", "sprzet-sportowy"),
        ("Wózek inwalidzki na kilka tygodni", "sprzet-rehabilitacyjny"),
    ];
}
