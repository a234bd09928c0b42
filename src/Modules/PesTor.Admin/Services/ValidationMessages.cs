using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace PesTor.Admin.Services;

/// <summary>
/// The content engine states validation problems in English; the admin shows them in the UI language. Known messages
/// (with their numbers and names captured) go through the admin's localizer; an unknown one is shown as the engine wrote it.
/// </summary>
public sealed partial class ValidationMessages(IStringLocalizer<AdminText> T)
{
    public string Translate(string message)
    {
        foreach (var (pattern, polish) in Known)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                return T[polish, [.. match.Groups.Cast<Group>().Skip(1).Select(g => (object)g.Value)]];
            }
        }

        return message;
    }

    private static readonly (Regex Pattern, string Polish)[] Known =
    [
        (Exact("This field is required."), "To pole jest wymagane."),
        (Exact("A title is required."), "Tytuł jest wymagany."),
        (Exact("NIP must be 10 digits with a valid check digit."), "NIP musi mieć 10 cyfr z poprawną cyfrą kontrolną."),
        (Exact("REGON must be 9 or 14 digits with a valid check digit."), "REGON musi mieć 9 lub 14 cyfr z poprawną cyfrą kontrolną."),
        (Exact("KRS must be exactly 10 digits."), "Numer KRS musi mieć dokładnie 10 cyfr."),
        (Exact("Enter a valid e-mail address, like name@example.pl."), "Wpisz poprawny adres e-mail, np. nazwa@example.pl."),
        (Exact("Enter an absolute http or https address, like https://example.pl."), "Wpisz pełny adres http lub https, np. https://example.pl."),
        (Exact("The URL must be an absolute http or https address or a site path starting with '/'."), "Adres musi być pełnym adresem http lub https albo ścieżką w serwisie zaczynającą się od „/”."),
        (Exact("A link with a text needs a URL."), "Link z tekstem potrzebuje adresu."),
        (Exact("Postal code must look like 87-100."), "Kod pocztowy musi mieć postać 87-100."),
        (Exact("The end date must not be before the start date."), "Data zakończenia nie może być wcześniejsza niż data rozpoczęcia."),
        (Exact("Latitude and longitude must be given together."), "Szerokość i długość geograficzną trzeba podać razem."),
        (Exact("Latitude must be between -90 and 90."), "Szerokość geograficzna musi mieścić się między -90 a 90."),
        (Exact("Longitude must be between -180 and 180."), "Długość geograficzna musi mieścić się między -180 a 180."),
        (Pattern(@"The point lies outside the site's map area \(latitude (.+) to (.+), longitude (.+) to (.+)\)\."), "Punkt leży poza obszarem mapy serwisu (szerokość geograficzna od {0} do {1}, długość od {2} do {3})."),
        (Exact("The value must be a whole number."), "Wartość musi być liczbą całkowitą."),
        (Pattern(@"The value may have at most (\d+) digits after the decimal point\."), "Wartość może mieć najwyżej {0} cyfr po przecinku."),
        (Pattern(@"Only one of the (\d+) \w+ may be chosen for this field\."), "W tym polu można wybrać tylko jedną pozycję (wybrano {0})."),
        (Pattern(@"The item '(.*)' does not exist\."), "Element „{0}” nie istnieje."),
        (Pattern(@"The value must be at least (.+)\."), "Wartość musi wynosić co najmniej {0}."),
        (Pattern(@"The value must be at most (.+)\."), "Wartość może wynosić najwyżej {0}."),
        (Pattern(@"The text must be at most (\d+) characters long \(it has (\d+)\)\."), "Tekst może mieć najwyżej {0} znaków (ma {1})."),
        (Pattern(@"The title must be at most (\d+) characters long \(it has (\d+)\)\."), "Tytuł może mieć najwyżej {0} znaków (ma {1})."),
        (Pattern(@"'(.*)' is not one of the allowed values: (.*)\."), "„{0}” nie jest jedną z dozwolonych wartości: {1}."),
        (Pattern(@"The path '(.*)' is used by another item\."), "Ścieżka „{0}” jest już używana przez inny element."),
        (Pattern(@"The path '(.*)' may contain only lower-case letters a-z, digits, '-' and single '/' between segments\."), "Ścieżka „{0}” może zawierać tylko małe litery a-z, cyfry, „-” i pojedyncze „/” między członami."),
    ];

    private static Regex Exact(string text) => new("^" + Regex.Escape(text) + "$", RegexOptions.CultureInvariant);

    private static Regex Pattern(string pattern) => new("^" + pattern + "$", RegexOptions.CultureInvariant);
}
