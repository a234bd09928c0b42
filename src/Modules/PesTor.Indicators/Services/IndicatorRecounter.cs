using Microsoft.Extensions.Logging;
using PesTor.ContentManagement;
using PesTor.Indicators.Models;
using PesTor.Queries;
using PesTor.Security;

namespace PesTor.Indicators.Services;

/// <summary>
/// Recounts (never increments): the value is whatever the count query says now, so running it twice, late or after a
/// crash gives the same answer. Counts run as the system: an indicator counts every published item, whoever triggered it.
/// </summary>
internal sealed partial class IndicatorRecounter(
    IContentManager contents, IContentQueryService queries, ICallerAccessor caller, IndicatorValueWriter writer, ILogger<IndicatorRecounter> logger) : IIndicatorRecounter
{
    public async Task<decimal?> RecountAsync(string indicatorContentItemId, CancellationToken cancellationToken = default)
    {
        using var system = caller.BeginSystemScope();
        var indicator = await contents.GetAsync(indicatorContentItemId, VersionOptions.Latest, cancellationToken);
        if (indicator is null || indicator.ContentType != IndicatorNames.ContentType)
        {
            return null;
        }

        return await RecountAsync(indicator, cancellationToken);
    }

    public async Task<int> RecountCountingAsync(string contentType, CancellationToken cancellationToken = default)
    {
        using var system = caller.BeginSystemScope();
        var counting = await queries.ListAsync(new ContentQuery
        {
            ContentTypes = [IndicatorNames.ContentType],
            Status = ContentStatus.Latest,
            Where = ContentFilter.And(
                ContentFilter.ByField(IndicatorNames.Part, IndicatorNames.Rule, FilterOperator.Eq, IndicatorNames.CountRule),
                ContentFilter.ByField(IndicatorNames.Part, IndicatorNames.CountedType, FilterOperator.Eq, contentType)),
            OrderBy = [ContentOrder.By(ContentColumn.ContentItemId)],
            Take = 1000,
        }, cancellationToken: cancellationToken);

        foreach (var indicator in counting.Items)
        {
            await RecountAsync(indicator, cancellationToken);
        }

        return counting.Items.Count;
    }

    private async Task<decimal?> RecountAsync(ContentItem indicator, CancellationToken cancellationToken)
    {
        var rule = IndicatorRule.Read(indicator);
        if (!rule.IsCount)
        {
            return null;
        }

        var count = await queries.CountAsync(IndicatorCountQuery.For(rule), cancellationToken);
        if (await writer.SetAsync(indicator, count, IndicatorValueSource.Recount, null, cancellationToken))
        {
            LogRecounted(logger, indicator.ContentItemId, rule.CountedType!, count);
        }

        return count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indicator {IndicatorId} recounted over {ContentType}: {Value}")]
    private static partial void LogRecounted(ILogger logger, string indicatorId, string contentType, decimal value);
}
