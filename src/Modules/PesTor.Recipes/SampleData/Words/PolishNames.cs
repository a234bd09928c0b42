namespace PesTor.Recipes.SampleData.Words;

/// <summary>Common Polish first names and surnames; surnames are given in their masculine and feminine forms.</summary>
internal static class PolishNames
{
    public static readonly IReadOnlyList<string> FemaleFirstNames =
    [
        "Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Elżbieta", "Zofia",
        "Joanna", "Magdalena", "Monika", "Teresa", "Danuta", "Natalia", "Aleksandra", "Karolina", "Marta", "Beata",
        "Dorota", "Jadwiga", "Halina", "Justyna", "Paulina", "Renata", "Iwona", "Grażyna", "Urszula", "Sylwia",
        "Alicja", "Weronika", "Wiesława", "Izabela", "Hanna", "Bożena", "Jolanta", "Kinga", "Łucja", "Żaneta",
    ];

    public static readonly IReadOnlyList<string> MaleFirstNames =
    [
        "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław", "Jakub",
        "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Jerzy",
        "Maciej", "Rafał", "Kamil", "Robert", "Józef", "Tadeusz", "Ryszard", "Kazimierz", "Dawid", "Zenon",
        "Sławomir", "Przemysław", "Bartosz", "Sebastian", "Artur", "Henryk", "Leszek", "Waldemar", "Jacek", "Szymon",
    ];

    /// <summary>(masculine, feminine) forms; most surnames have one form for both.</summary>
    public static readonly IReadOnlyList<(string Masculine, string Feminine)> Surnames =
    [
        ("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
        ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"),
        ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"),
        ("Jankowski", "Jankowska"), ("Mazur", "Mazur"), ("Wojciechowski", "Wojciechowska"), ("Kwiatkowski", "Kwiatkowska"),
        ("Krawczyk", "Krawczyk"), ("Kaczmarek", "Kaczmarek"), ("Piotrowski", "Piotrowska"), ("Grabowski", "Grabowska"),
        ("Zając", "Zając"), ("Pawłowski", "Pawłowska"), ("Michalski", "Michalska"), ("Król", "Król"),
        ("Wieczorek", "Wieczorek"), ("Jabłoński", "Jabłońska"), ("Wróbel", "Wróbel"), ("Nowakowski", "Nowakowska"),
        ("Majewski", "Majewska"), ("Olszewski", "Olszewska"), ("Stępień", "Stępień"), ("Malinowski", "Malinowska"),
        ("Jaworski", "Jaworska"), ("Adamczyk", "Adamczyk"), ("Dudek", "Dudek"), ("Nowicki", "Nowicka"),
        ("Pawlak", "Pawlak"), ("Górski", "Górska"), ("Witkowski", "Witkowska"), ("Walczak", "Walczak"),
        ("Sikora", "Sikora"), ("Baran", "Baran"), ("Rutkowski", "Rutkowska"), ("Michalak", "Michalak"),
        ("Szewczyk", "Szewczyk"), ("Ostrowski", "Ostrowska"), ("Tomaszewski", "Tomaszewska"), ("Pietrzak", "Pietrzak"),
        ("Jasiński", "Jasińska"), ("Wróblewski", "Wróblewska"), ("Zalewski", "Zalewska"), ("Kubiak", "Kubiak"),
        ("Czarnecki", "Czarnecka"), ("Sadowski", "Sadowska"), ("Błaszczyk", "Błaszczyk"), ("Kołodziej", "Kołodziej"),
        ("Lisowski", "Lisowska"), ("Kurowski", "Kurowska"), ("Żak", "Żak"), ("Szulc", "Szulc"),
    ];
}
