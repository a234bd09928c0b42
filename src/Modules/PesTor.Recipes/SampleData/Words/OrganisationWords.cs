namespace PesTor.Recipes.SampleData.Words;

/// <summary>The stems organisation names are built from (see <see cref="EntityNames"/>).</summary>
internal static class OrganisationWords
{
    /// <summary>Proper names organisations put in quotes: „Przystań”, „Krok Dalej”.</summary>
    public static readonly IReadOnlyList<string> Quoted =
    [
        "Nadzieja", "Promyk", "Horyzont", "Przystań", "Tęcza", "Most", "Szansa", "Krok Dalej", "Razem", "Wspólnota",
        "Pracownia", "Piernik", "Wisła", "Jordanki", "Dobre Miejsce", "Starówka", "Gotyk", "Anioł", "Bratek", "Sowa",
        "Kaszownik", "Przyszłość", "Aktywni", "Otwarte Drzwi", "Latarnia", "Kompas", "Zakątek", "Ogród", "Iskra", "Pasja",
        "Arka", "Gniazdo", "Kuźnia", "Spichlerz", "Flisak", "Wiatrak", "Nowy Start", "Złota Rączka", "Pod Dębem", "Korzenie",
        "Mozaika", "Przylądek", "Dobry Adres", "Bastion", "Strumyk", "Pomost", "Drugi Brzeg", "Sąsiedzi", "Ziarno", "Kropla",
    ];

    /// <summary>"na Rzecz …" / "Pomocy …": genitive phrases naming whom or what an organisation serves.</summary>
    public static readonly IReadOnlyList<string> Purposes =
    [
        "Dzieci i Młodzieży", "Osób Niepełnosprawnych", "Seniorów", "Rodzin Wielodzietnych", "Osób Bezdomnych",
        "Integracji Społecznej", "Rozwoju Przedsiębiorczości Społecznej", "Edukacji Ekologicznej", "Kultury i Sztuki",
        "Aktywizacji Zawodowej", "Zdrowia Psychicznego", "Rewitalizacji Starego Miasta", "Rozwoju Wolontariatu",
        "Osób Uzależnionych i Ich Rodzin", "Bezpieczeństwa Mieszkańców", "Osób z Autyzmem", "Chorych na Stwardnienie Rozsiane",
        "Rozwoju Sportu Dzieci", "Dziedzictwa Kulturowego Torunia", "Osób Starszych i Samotnych",
    ];

    /// <summary>"Toruńskie Stowarzyszenie …": members or causes in the genitive.</summary>
    public static readonly IReadOnlyList<string> SocietyMembers =
    [
        "Amazonek", "Diabetyków", "Miłośników Kultury Ludowej", "Rodzin Abstynenckich", "Inicjatyw Lokalnych",
        "Przewodników Turystycznych", "Trzeźwości", "Aktywnych Seniorów", "Kobiet Przedsiębiorczych", "Rodziców Dzieci Niepełnosprawnych",
        "Przyjaciół Rubinkowa", "Miłośników Podgórza", "Animatorów Kultury", "Pomocy Bliźniemu", "Młodych Artystów",
    ];

    public static readonly IReadOnlyList<string> Sports =
    [
        "Szachowy", "Pływacki", "Kajakowy", "Lekkoatletyczny", "Judo", "Siatkarski", "Koszykarski", "Tenisa Stołowego",
        "Wioślarski", "Kolarski", "Bokserski", "Łuczniczy",
    ];

    /// <summary>Dedications of church bodies, in the form used after "pw." (pod wezwaniem).</summary>
    public static readonly IReadOnlyList<string> Dedications =
    [
        "św. Jakuba", "św. Józefa", "św. Antoniego", "Chrystusa Króla", "św. Maksymiliana Kolbego", "Najświętszego Serca Pana Jezusa",
        "św. Michała Archanioła", "Miłosierdzia Bożego", "św. Wojciecha", "Matki Bożej Nieustającej Pomocy",
    ];

    /// <summary>Former villages of Toruń, in the locative, for rural bodies (koła gospodyń wiejskich).</summary>
    public static readonly IReadOnlyList<string> Villages = ["w Kaszczorku", "w Czerniewicach", "w Grębocinie", "na Barbarce", "w Katarzynce"];
}
