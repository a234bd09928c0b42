using PesTor.Indicators.Models;
using PesTor.Queries;

namespace PesTor.Indicators.Services;

/// <summary>Turns a count rule into the one content query, so a recount is a single COUNT over the index tables.</summary>
public static class IndicatorCountQuery
{
    // An inclusive lower bound every stored date passes: "has a date at all".
    private static readonly DateTime AnyDate = new(1, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static ContentQuery For(IndicatorRule rule)
    {
        if (!rule.IsCount)
        {
            throw new InvalidOperationException("Only count-based indicators have a count query.");
        }

        var filters = new List<ContentFilter>();
        if (rule.FilterField is { } filterField && rule.FilterValue is { } filterValue)
        {
            filters.Add(ContentFilter.ByField(filterField.Part, filterField.Field, FilterOperator.Eq, filterValue));
        }

        if (rule.DateField is { } dateField && (rule.PeriodFrom is not null || rule.PeriodTo is not null))
        {
            var bounds = new List<ContentFilter>();
            if (rule.PeriodFrom is { } from)
            {
                bounds.Add(ContentFilter.ByField(dateField.Part, dateField.Field, FilterOperator.Gte, from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
            }

            if (rule.PeriodTo is { } to)
            {
                bounds.Add(ContentFilter.ByField(dateField.Part, dateField.Field, FilterOperator.Lt, to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
            }

            var undated = ContentFilter.Not(ContentFilter.ByField(dateField.Part, dateField.Field, FilterOperator.Gte, AnyDate));
            filters.Add(ContentFilter.Or(ContentFilter.And([.. bounds]), undated));
        }

        return new ContentQuery
        {
            ContentTypes = [rule.CountedType!],
            Status = ContentStatus.Published,
            Where = filters.Count switch
            {
                0 => null,
                1 => filters[0],
                _ => ContentFilter.And([.. filters]),
            },
        };
    }
}
