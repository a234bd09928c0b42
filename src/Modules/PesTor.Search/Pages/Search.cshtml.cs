using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Search.Services;
using PesTor.Metadata;

namespace PesTor.Search.Pages;

/// <summary>
/// The public search page (<c>/szukaj?q=</c>): ranked results with their type and a highlighted snippet, narrowing by
/// type with counts, 10 a page. Items come from the database in rank order (published versions, the visitor's permissions).
/// </summary>
public sealed class SearchModel(ISearchService search, IContentDefinitionManager definitions, IStringLocalizer<SearchText> T) : PageModel
{
    public const int PageSize = 10;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "typ")]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "strona")]
    public int PageNumber { get; set; } = 1;

    public SearchResult Result { get; private set; } = SearchResult.Empty;

    /// <summary>A message about the request itself (too long, unknown type), shown instead of results.</summary>
    public string? Problem { get; private set; }

    public int Pages => Math.Max(1, (Result.Total + PageSize - 1) / PageSize);

    public IReadOnlyDictionary<string, string> TypeNames { get; private set; } = new Dictionary<string, string>();

    public bool HasQuery => !string.IsNullOrWhiteSpace(Text);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var document = await definitions.GetDocumentAsync(cancellationToken);
        TypeNames = document.ContentTypes.ToDictionary(t => t.Name, t => T[string.IsNullOrEmpty(t.DisplayName) ? t.Name : t.DisplayName].Value);
        if (!HasQuery)
        {
            return;
        }

        // Deep pages past what search keeps are answered as the last page search can reach.
        var maxPage = Services.LuceneSearchService.MaxSkip / PageSize;
        PageNumber = Math.Clamp(PageNumber, 1, maxPage);
        try
        {
            Result = await search.SearchAsync(new SearchRequest
            {
                Query = Text!.Trim(),
                ContentTypes = string.IsNullOrEmpty(Type) ? [] : [Type],
                First = PageSize,
                Skip = (PageNumber - 1) * PageSize,
            }, cancellationToken);
        }
        catch (SearchRequestException ex)
        {
            Problem = ex.Path switch
            {
                "query" => T["Wpisz krócej: najwyżej {0} znaków.", SearchRequest.MaxQueryLength],
                "types" => T["Nie ma takiego rodzaju treści. Wybierz inny albo szukaj we wszystkich."],
                _ => ex.Message,
            };
        }
    }

    public string TypeName(string type) => TypeNames.TryGetValue(type, out var name) ? name : type;

    public static string? ItemUrl(ContentItem item) => ItemUrls.Of(item);

    public string Link(string? type, int page) =>
        "/szukaj" + Microsoft.AspNetCore.Http.QueryString.Create(new Dictionary<string, string?>
        {
            ["q"] = Text,
            ["typ"] = type,
            ["strona"] = page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value)));
}
