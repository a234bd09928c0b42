using PesTor.ContentManagement;
using PesTor.Queries;
using PesTor.Security;

namespace PesTor.Theme.Services;

/// <summary>
/// What belongs with an item on its page: an entity's offers, equipment and rented premises; the number of responses a
/// need has. Lists are read as the visitor (published only); the response count is read as the system, since responses
/// themselves are private but how many there are is not.
/// </summary>
public sealed class RelatedItems(IContentQueryService queries, ICallerAccessor caller)
{
    public const int Shown = 10;

    /// <summary>A section on an item's page: its heading, the first items, the total and the directory filtered to all of them.</summary>
    public sealed record Section(string Heading, string ContentType, IReadOnlyList<ContentItem> Items, int Total, string AllLink);

    public async Task<IReadOnlyList<Section>> ForAsync(ContentItem item, CancellationToken cancellationToken) => item.ContentType switch
    {
        "Entity" =>
        [
            await SectionAsync("Produkty i usługi podmiotu", "Offer", "Entity", item.ContentItemId, "/oferty?podmiot=", cancellationToken),
            await SectionAsync("Sprzęt podmiotu w banku sprzętu", "Equipment", "Owner", item.ContentItemId, "/bank-sprzetu?wlasciciel=", cancellationToken),
            await SectionAsync("Lokale wynajmowane lub użyczane podmiotowi", "Premises", "Tenant", item.ContentItemId, "/lokale?najemca=", cancellationToken),
        ],
        _ => [],
    };

    /// <summary>The content types <see cref="ForAsync"/> reads for an item of <paramref name="contentType"/> (for cache tags).</summary>
    public static IReadOnlyList<string> TypesFor(string contentType) => contentType switch
    {
        "Entity" => ["Offer", "Equipment", "Premises"],
        "Need" => ["NeedResponse"],
        _ => [],
    };

    public async Task<int?> ResponseCountAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (item.ContentType != "Need")
        {
            return null;
        }

        using var system = caller.BeginSystemScope();
        return await queries.CountAsync(new ContentQuery
        {
            ContentTypes = ["NeedResponse"],
            Where = ContentFilter.ByField("NeedResponse", "Need", FilterOperator.Eq, item.ContentItemId),
        }, cancellationToken);
    }

    private async Task<Section> SectionAsync(string heading, string type, string field, string id, string link, CancellationToken cancellationToken)
    {
        var page = await queries.ListAsync(new ContentQuery
        {
            ContentTypes = [type],
            Where = ContentFilter.ByField(type, field, FilterOperator.Eq, id),
            OrderBy = [ContentOrder.By(ContentColumn.DisplayText)],
            Take = Shown,
        }, includeTotal: true, cancellationToken);
        return new Section(heading, type, page.Items, page.Total ?? 0, link + Uri.EscapeDataString(id));
    }
}
