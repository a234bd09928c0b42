using PesTor.Queries;

namespace PesTor.Contents.Endpoints;

/// <summary>
/// Reads the HTTP API's list parameters. A filter is <c>target op value</c>: the target is an item column
/// (<c>displayText</c>, <c>createdUtc</c>, ...) or <c>Part.Field</c> (<c>Part.Field.Property</c> for multi-column kinds);
/// op is one of eq, ne, lt, le, gt, ge, contains, startswith, endswith, in, notin (in/notin take comma-separated values).
/// Several filters are ANDed. <c>orderBy</c> is a comma-separated list of targets, <c>-</c> in front for descending.
/// </summary>
internal static class ContentApiQueryParser
{
    private static readonly Dictionary<string, FilterOperator> Operators = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eq"] = FilterOperator.Eq,
        ["ne"] = FilterOperator.NotEq,
        ["lt"] = FilterOperator.Lt,
        ["le"] = FilterOperator.Lte,
        ["gt"] = FilterOperator.Gt,
        ["ge"] = FilterOperator.Gte,
        ["contains"] = FilterOperator.Contains,
        ["startswith"] = FilterOperator.StartsWith,
        ["endswith"] = FilterOperator.EndsWith,
        ["in"] = FilterOperator.In,
        ["notin"] = FilterOperator.NotIn,
    };

    public static ContentStatus ParseStatus(string? status) => status?.ToLowerInvariant() switch
    {
        null or "" or "published" => ContentStatus.Published,
        "draft" => ContentStatus.Draft,
        "latest" => ContentStatus.Latest,
        "all" => ContentStatus.All,
        _ => throw new ContentQueryException($"status '{status}' is not one of: published, draft, latest, all.", "status"),
    };

    public static ContentFilter? ParseFilters(IReadOnlyList<string?> filters)
    {
        var parsed = filters.Where(f => !string.IsNullOrWhiteSpace(f)).Select((f, i) => ParseFilter(f!, $"filter[{i}]")).ToList();
        return parsed.Count switch
        {
            0 => null,
            1 => parsed[0],
            _ => new AndFilter(parsed),
        };
    }

    public static IReadOnlyList<ContentOrder> ParseOrderBy(string? orderBy)
    {
        if (string.IsNullOrWhiteSpace(orderBy))
        {
            return [];
        }

        return [.. orderBy.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(term =>
        {
            var descending = term.StartsWith('-');
            var target = descending ? term[1..] : term;
            if (TryColumn(target, out var column))
            {
                return ContentOrder.By(column, descending);
            }

            var (part, field, property) = SplitField(target, "orderBy");
            return ContentOrder.ByField(part, field, descending) with { Property = property };
        })];
    }

    private static ContentFilter ParseFilter(string text, string path)
    {
        var pieces = text.Trim().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Length < 3 || !Operators.TryGetValue(pieces[1], out var op))
        {
            throw new ContentQueryException(
                $"'{text}' is not a filter: write 'target op value', e.g. 'Entity.LegalForm eq fundacja' or 'displayText contains dom'. Operators: {string.Join(", ", Operators.Keys)}.",
                path);
        }

        var value = pieces[2];
        if (TryColumn(pieces[0], out var column))
        {
            return ContentFilter.ByColumn(column, op, value);
        }

        var (part, field, property) = SplitField(pieces[0], path);
        return ContentFilter.ByField(part, field, op, value, property);
    }

    private static bool TryColumn(string target, out ContentColumn column) =>
        Enum.TryParse(target, ignoreCase: true, out column) && !target.Contains('.', StringComparison.Ordinal) && !int.TryParse(target, out _);

    private static (string Part, string Field, string? Property) SplitField(string target, string path)
    {
        var names = target.Split('.');
        return names.Length switch
        {
            2 => (names[0], names[1], null),
            3 => (names[0], names[1], names[2]),
            _ => throw new ContentQueryException(
                $"'{target}' is neither an item column ({string.Join(", ", Enum.GetNames<ContentColumn>())}) nor 'Part.Field'.", path),
        };
    }
}
