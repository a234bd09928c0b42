using Microsoft.Extensions.Localization;
using PesTor.ContentParts;

namespace PesTor.Admin.Editors;

/// <summary>The headings of the shared parts' editors, in the UI language.</summary>
public sealed class PartLabels(IStringLocalizer<AdminText> T)
{
    public string this[string partName] => partName switch
    {
        PartNames.Title => T["Tytuł"],
        PartNames.Autoroute => T["Adres strony"],
        PartNames.HtmlBody => T["Treść"],
        PartNames.Address => T["Adres"],
        PartNames.Contact => T["Kontakt"],
        PartNames.Event => T["Wydarzenie"],
        PartNames.Taxonomy => T["Terminy taksonomii"],
        _ => partName,
    };

    /// <summary>The label of one input of a part or multi-input field, for previews and comparisons.</summary>
    public string Property(string key) => key switch
    {
        "Title" => T["Tytuł"],
        "Path" => T["Ścieżka"],
        "Html" => T["Treść"],
        "Street" => T["Ulica i numer"],
        "PostalCode" => T["Kod pocztowy"],
        "City" => T["Miejscowość"],
        "District" => T["Dzielnica"],
        "Phone" => T["Telefon"],
        "Email" => T["E-mail"],
        "Website" => T["Strona internetowa"],
        "StartDate" => T["Początek"],
        "EndDate" => T["Koniec"],
        "Place" => T["Miejsce"],
        "Latitude" or "Location.Latitude" => T["Szerokość geograficzna"],
        "Longitude" or "Location.Longitude" => T["Długość geograficzna"],
        "ParticipantsPes" => T["Uczestnicy z PES"],
        "ParticipantsCity" => T["Uczestnicy z Urzędu Miasta"],
        "Url" => T["Adres (URL)"],
        "Text" => T["Tekst linku"],
        "Paths" => T["Pliki"],
        "Name" => T["Nazwy terminów"],
        "Slug" => T["Adresy terminów"],
        "Id" => T["Identyfikatory terminów"],
        _ => key,
    };
}
