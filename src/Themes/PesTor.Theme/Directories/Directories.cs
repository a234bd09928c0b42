using PesTor.Queries;

namespace PesTor.Theme.Directories;

/// <summary>
/// The public directories of the exchange and the entity base, with the filters the program asked for. Query keys are
/// Polish (they are part of the addresses people share); the content query does the filtering, never the page.
/// </summary>
public static class Directories
{
    private static readonly ContentOrder ByTitle = ContentOrder.By(ContentColumn.DisplayText);

    public static readonly DirectorySpec Entities = new("/podmioty", "Entity", "Baza podmiotów ekonomii społecznej",
        [
            new TextFilter("q", "Nazwa"),
            new TermFilter("forma", "Forma prawna", "Entity", "LegalForm", "legal-forms"),
            new TermFilter("dzielnica", "Dzielnica", "AddressPart", "District", "districts"),
            new TermFilter("obszar", "Obszar działalności", "Entity", "ActivityAreas", "activity-areas"),
            new FlagFilter("opp", "Organizacja pożytku publicznego (OPP)", "Entity", "PublicBenefit"),
            new FlagFilter("ps", "Przedsiębiorstwo społeczne (PS)", "Entity", "SocialEnterprise"),
        ],
        [ByTitle], ["LegalForm"]);

    public static readonly DirectorySpec Offers = new("/oferty", "Offer", "Produkty i usługi",
        [
            new TextFilter("q", "Nazwa"),
            new TermFilter("kategoria", "Kategoria", "Offer", "Category", "categories"),
            new OptionFilter("rodzaj", "Rodzaj", "Offer", "Kind"),
            new PickedFilter("podmiot", "Podmiot oferujący", "Offer", "Entity"),
        ],
        [ByTitle], ["Kind", "Category", "Entity"]);

    /// <summary>Open needs first (the status values sort closed, in-progress, open), then by the nearest deadline.</summary>
    public static readonly DirectorySpec Needs = new("/zapotrzebowania", "Need", "Zapotrzebowania",
        [
            new TextFilter("q", "Nazwa"),
            new TermFilter("kategoria", "Kategoria", "Need", "Category", "categories"),
            new OptionFilter("zglaszajacy", "Zgłaszający", "Need", "RequesterType"),
        ],
        [ContentOrder.ByField("Need", "Status", descending: true), ContentOrder.ByField("Need", "NeededBy"), ByTitle],
        ["Status", "NeededBy", "RequesterType", "Category"]);

    public static readonly DirectorySpec Equipment = new("/bank-sprzetu", "Equipment", "Bank sprzętu",
        [
            new TextFilter("q", "Nazwa"),
            new OptionFilter("dostepnosc", "Dostępność", "Equipment", "Availability"),
            new TermFilter("kategoria", "Kategoria", "Equipment", "Category", "categories"),
            new PickedFilter("wlasciciel", "Właściciel", "Equipment", "Owner"),
        ],
        [ByTitle], ["Availability", "Terms", "Category", "Owner"]);

    public static readonly DirectorySpec Premises = new("/lokale", "Premises", "Lokale dla organizacji",
        [
            new TextFilter("q", "Adres lub nazwa"),
            new OptionFilter("status", "Status", "Premises", "Status"),
            new TermFilter("dzielnica", "Dzielnica", "AddressPart", "District", "districts"),
            new RangeFilter("powierzchnia", "Powierzchnia (m²)", "Premises", "AreaM2"),
            new FlagFilter("dostepny", "Dostępny dla osób z niepełnosprawnościami", "Premises", "Accessible"),
            new PickedFilter("najemca", "Najemca", "Premises", "Tenant"),
        ],
        [ByTitle], ["Status", "AreaM2", "Floor", "Tenant"]);

    public static readonly DirectorySpec SupportPoints = new("/punkty-wsparcia", "SupportPoint", "Punkty wsparcia",
        [
            new TextFilter("q", "Nazwa"),
            new OptionFilter("rodzaj", "Rodzaj wsparcia", "SupportPoint", "SupportType"),
        ],
        [ByTitle], ["SupportType"]);

    public static IReadOnlyList<DirectorySpec> All { get; } = [Entities, Offers, Needs, Equipment, Premises, SupportPoints];

    public static DirectorySpec? Find(string path) =>
        All.FirstOrDefault(d => string.Equals(d.Path, "/" + path.Trim('/'), StringComparison.OrdinalIgnoreCase));

    /// <summary>Where a term of a field leads: the directory of the item's type filtered by that term, when it has the filter.</summary>
    public static string? TermLink(string contentType, string part, string field, string termId) =>
        All.Where(d => d.ContentType == contentType)
            .SelectMany(d => d.Filters.OfType<TermFilter>().Where(f => f.Part == part && f.Field == field).Select(f => $"{d.Path}?{f.Key}={Uri.EscapeDataString(termId)}"))
            .FirstOrDefault();
}
