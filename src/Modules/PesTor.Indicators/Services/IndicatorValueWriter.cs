using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Indicators.Models;

namespace PesTor.Indicators.Services;

/// <summary>
/// Sets an indicator's current value (and Achieved, when the target is reached) as a new published version, through the
/// content manager so the caller's permissions, events and outbox apply. Writing the value it already has changes nothing.
/// </summary>
public sealed class IndicatorValueWriter(IContentManager contents)
{
    /// <summary>False when the indicator already held this value (nothing was written).</summary>
    public async Task<bool> SetAsync(ContentItem indicator, decimal value, IndicatorValueSource source, string? note, CancellationToken cancellationToken)
    {
        var snapshot = IndicatorSnapshot.Of(indicator);
        var achieved = snapshot.Target is { } target && value >= target;
        if (indicator.Published && snapshot.Current == value && snapshot.Achieved == achieved && note is null)
        {
            return false;
        }

        using var change = IndicatorChangeScope.Begin(source, note);
        var draft = await contents.GetAsync(indicator.ContentItemId, VersionOptions.DraftRequired, cancellationToken)
            ?? throw new InvalidOperationException($"Indicator '{indicator.ContentItemId}' disappeared while its value was being set.");
        draft.ApplyField(IndicatorNames.Part, IndicatorNames.Current, new NumericField { Value = value });
        draft.ApplyField(IndicatorNames.Part, IndicatorNames.Achieved, new BooleanField { Value = achieved });
        await contents.UpdateAsync(draft, cancellationToken);
        await contents.PublishAsync(draft, cancellationToken);
        return true;
    }
}
