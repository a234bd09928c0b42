using System.Security.Claims;
using Microsoft.Extensions.Localization;
using PesTor.Admin.Services;
using PesTor.Queries;
using PesTor.Security;

namespace PesTor.Admin.Dashboard;

/// <summary>The caller's latest unpublished items, newest first.</summary>
internal sealed class MyDraftsCard(IContentQueryService queries, ICallerAccessor caller, IStringLocalizer<AdminText> T) : IAdminDashboardCard
{
    private const int Shown = 10;

    public int Order => 10;

    public async Task<AdminDashboardCardModel?> BuildAsync(CancellationToken cancellationToken = default)
    {
        if (caller.Caller.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return null;
        }

        var page = await queries.ListAsync(new ContentQuery
        {
            Status = ContentStatus.Draft,
            Where = ContentFilter.ByColumn(ContentColumn.Owner, FilterOperator.Eq, userId),
            OrderBy = [ContentOrder.By(ContentColumn.ModifiedUtc, descending: true)],
            Take = Shown,
        }, includeTotal: false, cancellationToken);

        var lines = page.Items.Select(item => new AdminDashboardLine(DisplayTexts.Of(item, T["(bez tytułu)"]), AdminUrls.Edit(item.ContentItemId), item.ContentType)).ToList();
        return new AdminDashboardCardModel(T["Moje szkice"], lines) { EmptyText = T["Nie masz szkiców."] };
    }
}
