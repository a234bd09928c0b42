using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Queries;
using PesTor.Theme.OutputCaching;
using PesTor.Theme.Services;
using PesTor.Users;

namespace PesTor.Theme.Pages;

/// <summary>
/// The home page: the program's vision, goal and indicators, live counts of the platform, and the latest open needs,
/// offers and articles — all read as the visitor may see them (published items only).
/// </summary>
[PublicPage]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(IContentQueryService queries, IAccountStatistics accounts, ProgramReader program) : PageModel
{
    private const int Latest = 5;

    /// <summary>The counted types, in the order the counters show them, with their Polish labels.</summary>
    public static readonly IReadOnlyList<(string Type, string Label, string Path)> CountedTypes =
    [
        ("Entity", "podmiotów ekonomii społecznej", "/podmioty"),
        ("Equipment", "sprzętów w banku", "/bank-sprzetu"),
        ("Offer", "produktów i usług", "/oferty"),
        ("Need", "zapotrzebowań", "/zapotrzebowania"),
        ("Premises", "lokali", "/lokale"),
    ];

    /// <summary>Account types (roles) and their labels.</summary>
    public static readonly IReadOnlyList<(string Role, string Label)> AccountTypes =
    [
        (RoleNames.PesRepresentative, "kont przedstawicieli PES"),
        (RoleNames.CityEditor, "kont pracowników Urzędu Miasta"),
        (RoleNames.Resident, "kont mieszkańców"),
    ];

    public ContentItem? Program { get; private set; }

    public IReadOnlyList<IndicatorView> Indicators { get; private set; } = [];

    public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> AccountCounts { get; private set; } = new Dictionary<string, int>();

    public IReadOnlyList<ContentItem> OpenNeeds { get; private set; } = [];

    public IReadOnlyList<ContentItem> Offers { get; private set; } = [];

    public IReadOnlyList<ContentItem> Articles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        HttpContext.TagTypes(["Program", "Indicator", "Article", .. CountedTypes.Select(c => c.Type)]);
        (Program, Indicators) = await program.ReadAsync(cancellationToken);

        foreach (var (type, _, _) in CountedTypes)
        {
            Counts[type] = await queries.CountAsync(ContentQuery.ForType(type), cancellationToken);
        }

        AccountCounts = await accounts.CountByRoleAsync(cancellationToken);

        var newestFirst = new[] { ContentOrder.By(ContentColumn.PublishedUtc, descending: true) };
        OpenNeeds = (await queries.ListAsync(new ContentQuery
        {
            ContentTypes = ["Need"],
            Where = ContentFilter.ByField("Need", "Status", FilterOperator.Eq, "open"),
            OrderBy = newestFirst,
            Take = Latest,
        }, cancellationToken: cancellationToken)).Items;
        Offers = (await queries.ListAsync(new ContentQuery { ContentTypes = ["Offer"], OrderBy = newestFirst, Take = Latest }, cancellationToken: cancellationToken)).Items;
        Articles = (await queries.ListAsync(new ContentQuery { ContentTypes = ["Article"], OrderBy = newestFirst, Take = Latest }, cancellationToken: cancellationToken)).Items;
    }

    public string? Field(string name) => Program?.GetField<TextField>("Program", name)?.Text;
}
