using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Handlers;
using PesTor.Indicators.Models;
using PesTor.Indicators.Services;
using PesTor.Security;

namespace PesTor.Indicators.Handlers;

/// <summary>
/// Adds a history row whenever a published indicator's value changes, in the publish's own transaction, whoever changed
/// it: a recount, a manual value on the dashboard, an editor in the content editor, or a recipe.
/// </summary>
internal sealed class IndicatorHistoryHandler(IIndicatorHistoryStore history, ICallerAccessor caller, TimeProvider clock) : ContentHandlerBase
{
    public override async Task PublishedAsync(PublishContentContext context)
    {
        if (context.ContentItem.ContentType != IndicatorNames.ContentType || Current(context.ContentItem) is not { } value)
        {
            return;
        }

        var change = IndicatorChangeScope.Current;
        if (context.PreviousItem is { } previous && Current(previous) == value && change?.Note is null)
        {
            return;
        }

        var source = change?.Source ?? (context.IsImporting ? IndicatorValueSource.Recipe : IndicatorValueSource.Manual);
        var userName = caller.IsSystem ? null : caller.Caller.Identity?.Name;
        await history.AddAsync(new IndicatorHistoryEntry(
            context.ContentItem.ContentItemId, clock.GetUtcNow().UtcDateTime, value, source, change?.Note, userName));
    }

    private static decimal? Current(ContentItem item) => item.GetField<NumericField>(IndicatorNames.Part, IndicatorNames.Current)?.Value;
}
