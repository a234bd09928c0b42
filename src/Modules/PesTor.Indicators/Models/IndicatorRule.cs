using PesTor.ContentFields;
using PesTor.ContentManagement;

namespace PesTor.Indicators.Models;

/// <summary>
/// How an indicator is kept (SPEC §2): by hand, or as the number of published items of a type, optionally those whose
/// field has a value, and optionally those dated within the period by a date field (items without a date count: an
/// unknown date is not outside the period, and the program's own records often have none).
/// </summary>
public sealed record IndicatorRule(string? CountedType, FieldPath? FilterField, string? FilterValue, FieldPath? DateField, DateOnly? PeriodFrom, DateOnly? PeriodTo)
{
    public bool IsCount => CountedType is { Length: > 0 };

    public static IndicatorRule Read(ContentItem indicator)
    {
        string? Text(string field) => indicator.GetField<TextField>(IndicatorNames.Part, field)?.Text is { Length: > 0 } text ? text.Trim() : null;
        DateOnly? Date(string field) => indicator.GetField<DateField>(IndicatorNames.Part, field)?.Value;

        var isCount = Text(IndicatorNames.Rule) == IndicatorNames.CountRule;
        return new IndicatorRule(
            isCount ? Text(IndicatorNames.CountedType) : null,
            FieldPath.Parse(Text(IndicatorNames.CountFilterField)),
            Text(IndicatorNames.CountFilterValue),
            FieldPath.Parse(Text(IndicatorNames.CountDateField)),
            Date(IndicatorNames.PeriodFrom),
            Date(IndicatorNames.PeriodTo));
    }
}
