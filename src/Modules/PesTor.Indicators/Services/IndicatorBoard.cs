using PesTor.ContentManagement;
using PesTor.Indicators.Models;
using PesTor.Queries;

namespace PesTor.Indicators.Services;

/// <summary>The program's indicators with their history, for the dashboard, the report and the public page.</summary>
public sealed class IndicatorBoard(IContentQueryService queries, IIndicatorHistoryStore history)
{
    /// <summary>The published indicators the caller may see, by title, each with its history (oldest first).</summary>
    public async Task<IReadOnlyList<IndicatorWithHistory>> LoadAsync(ContentStatus status, CancellationToken cancellationToken)
    {
        var page = await queries.ListAsync(new ContentQuery
        {
            ContentTypes = [IndicatorNames.ContentType],
            Status = status,
            OrderBy = [ContentOrder.By(ContentColumn.DisplayText)],
            Take = 200,
        }, cancellationToken: cancellationToken);
        var rows = await history.ListAsync(page.Items.Select(i => i.ContentItemId).ToList(), cancellationToken);
        var byIndicator = rows.ToLookup(r => r.IndicatorContentItemId);
        return page.Items.Select(i => new IndicatorWithHistory(IndicatorSnapshot.Of(i), byIndicator[i.ContentItemId].ToList())).ToList();
    }

    /// <summary>The items a count-based indicator counts, by title (at most <paramref name="take"/>), with the total.</summary>
    public async Task<ContentPage> CountedItemsAsync(IndicatorSnapshot indicator, int take, CancellationToken cancellationToken) =>
        await queries.ListAsync(IndicatorCountQuery.For(indicator.Rule) with
        {
            OrderBy = [ContentOrder.By(ContentColumn.DisplayText)],
            Take = take,
        }, includeTotal: true, cancellationToken);
}

public sealed record IndicatorWithHistory(IndicatorSnapshot Indicator, IReadOnlyList<IndicatorHistoryEntry> History)
{
    public IndicatorHistoryEntry? LastChange => History.Count > 0 ? History[^1] : null;
}
