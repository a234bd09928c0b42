using System.Globalization;
using PesTor.Indicators;

namespace PesTor.Indicators.Services;

/// <summary>How indicator values, dates and sources read in Polish.</summary>
public static class IndicatorFormat
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public static string Number(decimal? value) => value is { } v ? v.ToString("0.##", Polish) : "–";

    public static string Date(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    public static string Source(IndicatorValueSource source) => source switch
    {
        IndicatorValueSource.Recount => "przeliczenie",
        IndicatorValueSource.Manual => "wpis ręczny",
        IndicatorValueSource.Recipe => "receptura",
        _ => source.ToString(),
    };
}
