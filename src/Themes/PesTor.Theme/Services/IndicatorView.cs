using PesTor.ContentFields;
using PesTor.ContentManagement;

namespace PesTor.Theme.Services;

/// <summary>An indicator as the public pages show it: target, current value and how far along it is.</summary>
public sealed record IndicatorView(string Id, string Title, decimal Target, decimal? Baseline, decimal Current, string Unit)
{
    /// <summary>Progress toward the target in whole percent, at most 100 (a target passed shows as reached).</summary>
    public int Percent => Target <= 0 ? 0 : (int)Math.Min(100, Math.Round(Current * 100 / Target));

    public static IndicatorView From(ContentItem item) => new(
        item.ContentItemId,
        item.DisplayText,
        item.GetField<NumericField>("Indicator", "Target")?.Value ?? 0,
        item.GetField<NumericField>("Indicator", "Baseline")?.Value,
        item.GetField<NumericField>("Indicator", "Current")?.Value ?? 0,
        item.GetField<TextField>("Indicator", "Unit")?.Text ?? "");
}
