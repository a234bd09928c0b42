using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Admin.Services;
using PesTor.ContentManagement;
using PesTor.Metadata;
using PesTor.Queries;
using PesTor.Search;
using PesTor.Security;

namespace PesTor.Admin.Pages.Admin.Contents;

/// <summary>
/// The content list, across types or for one: filters (type, status, owner, text), sort and paging in the query string,
/// one content query per page (so the caller's permissions decide what is listed), and checkboxes for bulk actions.
/// With full-text search installed the text also finds items by words of their latest version (drafts included).
/// </summary>
[Authorize(Policy = PermissionPolicies.AccessAdmin)]
public sealed class ContentListModel(
    IContentQueryService queries, AdminContentTypes types, UserNames userNames, IEnumerable<IContentListSearch> textSearch) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "typ")]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "wlasciciel")]
    public string? Owner { get; set; }

    [BindProperty(SupportsGet = true, Name = "sortuj")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "kierunek")]
    public string? Direction { get; set; }

    [BindProperty(SupportsGet = true, Name = "strona")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ContentTypeDefinition> VisibleTypes { get; private set; } = [];

    public IReadOnlyList<ContentTypeDefinition> CreatableTypes { get; private set; } = [];

    public ContentTypeDefinition? SelectedType { get; private set; }

    public IReadOnlyList<ContentItem> Items { get; private set; } = [];

    public IReadOnlyDictionary<string, string> OwnerNames { get; private set; } = new Dictionary<string, string>();

    public int Total { get; private set; }

    public bool UnknownOwner { get; private set; }

    /// <summary>Whether the text filter searches words of the content, not only titles.</summary>
    public bool FullText { get; } = textSearch.Any();

    /// <summary>The words matched more items than the list takes by relevance; the best-ranked ones are listed.</summary>
    public bool TextTruncated { get; private set; }

    public int Pages => Math.Max(1, (Total + ContentListFilter.PageSize - 1) / ContentListFilter.PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        VisibleTypes = await types.AllowedAsync(ContentAction.View, cancellationToken);
        CreatableTypes = (await types.AllowedAsync(ContentAction.Edit, cancellationToken)).Where(t => t.Settings.Creatable).ToList();
        if (!string.IsNullOrEmpty(Type))
        {
            SelectedType = VisibleTypes.FirstOrDefault(t => t.Name == Type);
            if (SelectedType is null)
            {
                return NotFound();
            }
        }

        PageNumber = Math.Clamp(PageNumber, 1, 1_000_000);
        string? ownerId = null;
        if (!string.IsNullOrWhiteSpace(Owner))
        {
            ownerId = await userNames.IdOfAsync(Owner);
            UnknownOwner = ownerId is null;
        }

        if (UnknownOwner || VisibleTypes.Count == 0)
        {
            return Page();
        }

        var filter = new ContentListFilter
        {
            Type = Type,
            Status = Status,
            Text = Text,
            OwnerId = ownerId,
            Sort = Sort,
            Descending = Direction != "rosnaco",
            Page = PageNumber,
        };
        ContentFilter? textFilter = null;
        if (!string.IsNullOrWhiteSpace(Text) && textSearch.FirstOrDefault() is { } search)
        {
            var match = await search.FilterAsync(Text, cancellationToken);
            (textFilter, TextTruncated) = (match.Filter, match.Truncated);
        }

        var page = await queries.ListAsync(filter.ToQuery([.. VisibleTypes.Select(t => t.Name)], textFilter), includeTotal: true, cancellationToken);
        Items = page.Items;
        Total = page.Total ?? 0;
        OwnerNames = await userNames.ByIdAsync(Items.Select(i => i.Owner));
        return Page();
    }

    public string TypeName(string name) => VisibleTypes.FirstOrDefault(t => t.Name == name)?.DisplayName ?? name;

    /// <summary>This list's address with the current filters and another page number.</summary>
    public string PageLink(int number) => AdminUrls.Contents + QueryString.Create(new Dictionary<string, string?>
    {
        ["typ"] = Type,
        ["status"] = Status,
        ["q"] = Text,
        ["wlasciciel"] = Owner,
        ["sortuj"] = Sort,
        ["kierunek"] = Direction,
        ["strona"] = number == 1 ? null : number.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value))).ToUriComponent();

    /// <summary>The current list's address (bulk actions come back to it).</summary>
    public string CurrentLink => PageLink(PageNumber);
}
