using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Queries;
using PesTor.Theme.Services;

namespace PesTor.Theme.Pages.Entities;

/// <summary>
/// The entity base (<c>/podmioty</c>): filters by legal form, district and name, kept in the query string, 20 a page.
/// Everything goes through the content query, so a visitor sees exactly the published entities.
/// </summary>
public sealed class IndexModel(IContentQueryService queries, TaxonomyNames taxonomies) : PageModel
{
    public const int PageSize = 20;

    /// <summary>Keeps the offset within the query's range whatever number arrives in the address.</summary>
    private const int MaxPage = 1_000_000;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "forma")]
    public string? LegalForm { get; set; }

    [BindProperty(SupportsGet = true, Name = "dzielnica")]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true, Name = "strona")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ContentItem> Items { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<TaxonomyTerm> LegalForms { get; private set; } = [];

    public IReadOnlyList<TaxonomyTerm> Districts { get; private set; } = [];

    public TaxonomyNames Names => taxonomies;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Any page number a visitor types is answered: past the last page the list is simply empty.
        PageNumber = Math.Clamp(PageNumber, 1, MaxPage);
        LegalForms = await taxonomies.TermsAsync("legal-forms", cancellationToken);
        Districts = await taxonomies.TermsAsync("districts", cancellationToken);

        var filters = new List<ContentFilter>();
        if (!string.IsNullOrWhiteSpace(LegalForm))
        {
            filters.Add(ContentFilter.ByField("Entity", "LegalForm", FilterOperator.Eq, LegalForm));
        }

        if (!string.IsNullOrWhiteSpace(District))
        {
            filters.Add(ContentFilter.ByField("AddressPart", "District", FilterOperator.Eq, District));
        }

        if (!string.IsNullOrWhiteSpace(Text))
        {
            filters.Add(ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.Contains, Text.Trim()));
        }

        var page = await queries.ListAsync(new ContentQuery
        {
            ContentTypes = ["Entity"],
            Where = filters.Count == 0 ? null : ContentFilter.And([.. filters]),
            Skip = (PageNumber - 1) * PageSize,
            Take = PageSize,
        }, includeTotal: true, cancellationToken);
        Items = page.Items;
        Total = page.Total ?? 0;
    }

    public string PageLink(int number) => QueryString(("q", Text), ("forma", LegalForm), ("dzielnica", District), ("strona", number == 1 ? null : number.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static TaxonomyField? LegalFormOf(ContentItem item) => item.GetField<TaxonomyField>("Entity", "LegalForm");

    private static string QueryString(params (string Name, string? Value)[] values)
    {
        var query = string.Join("&", values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => $"{v.Name}={Uri.EscapeDataString(v.Value!)}"));
        return query.Length == 0 ? "/podmioty" : "/podmioty?" + query;
    }
}
