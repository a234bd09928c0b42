namespace PesTor.Indicators.Models;

/// <summary>The Indicator type of the content model (recipe pestor-torun): its own fields sit in the part "Indicator".</summary>
public static class IndicatorNames
{
    public const string ContentType = "Indicator";
    public const string Part = "Indicator";
    public const string Current = "Current";
    public const string Achieved = "Achieved";
    public const string Target = "Target";
    public const string Baseline = "Baseline";
    public const string Unit = "Unit";
    public const string Rule = "Rule";
    public const string CountedType = "CountedType";
    public const string CountFilterField = "CountFilterField";
    public const string CountFilterValue = "CountFilterValue";
    public const string CountDateField = "CountDateField";
    public const string PeriodFrom = "PeriodFrom";
    public const string PeriodTo = "PeriodTo";
    public const string Program = "Program";

    public const string CountRule = "count";

    /// <summary>Who may see the dashboard and enter manual values (granted to Administrator and CityEditor).</summary>
    public const string ManageIndicatorsPermission = "ManageIndicators";
}
