using PesTor.ContentFields;
using PesTor.ContentManagement;

namespace PesTor.Indicators.Models;

/// <summary>What the dashboard, the report and the public page show of one indicator.</summary>
public sealed record IndicatorSnapshot(
    string ContentItemId, string Title, string? Unit, decimal? Target, decimal? Baseline, decimal? Current, bool Achieved, IndicatorRule Rule)
{
    /// <summary>Current as a share of the target, 0–100 (capped: an exceeded target shows as complete).</summary>
    public int ProgressPercent => Target is > 0 && Current is { } current ? (int)Math.Clamp(Math.Round(current / Target.Value * 100m), 0m, 100m) : 0;

    public static IndicatorSnapshot Of(ContentItem item)
    {
        decimal? Number(string field) => item.GetField<NumericField>(IndicatorNames.Part, field)?.Value;
        return new IndicatorSnapshot(
            item.ContentItemId,
            item.DisplayText,
            item.GetField<TextField>(IndicatorNames.Part, IndicatorNames.Unit)?.Text,
            Number(IndicatorNames.Target),
            Number(IndicatorNames.Baseline),
            Number(IndicatorNames.Current),
            item.GetField<BooleanField>(IndicatorNames.Part, IndicatorNames.Achieved)?.Value ?? false,
            IndicatorRule.Read(item));
    }
}
