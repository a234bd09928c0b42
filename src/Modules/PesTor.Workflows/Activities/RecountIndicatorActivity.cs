using System.Globalization;
using PesTor.Indicators;

namespace PesTor.Workflows.Activities;

/// <summary>Recounts one indicator, or every indicator counting the triggering item's type.</summary>
internal sealed class RecountIndicatorActivity(IIndicatorRecounter? recounter = null) : WorkflowActivityBase
{
    public override string Type => "RecountIndicator";

    public override string DisplayName => "Przelicz wskaźnik";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        new("IndicatorId", "Identyfikator wskaźnika", Help: "Puste: każdy wskaźnik, który liczy elementy typu, który uruchomił przepływ."),
    ];

    public override async Task<string> ExecuteAsync(ActivityContext context, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var indicators = recounter ?? throw new InvalidOperationException("The indicators module is not installed, so there is nothing to recount.");
        if (Setting(settings, "IndicatorId") is { } indicatorId)
        {
            var value = await indicators.RecountAsync(indicatorId, cancellationToken)
                ?? throw new InvalidOperationException($"'{indicatorId}' is not a count-based indicator.");
            return $"Wskaźnik {indicatorId}: {value.ToString(CultureInfo.InvariantCulture)}";
        }

        var type = context.RequireItem(DisplayName).ContentType;
        var recounted = await indicators.RecountCountingAsync(type, cancellationToken);
        return $"Przeliczono wskaźniki liczące typ {type}: {recounted}";
    }
}
