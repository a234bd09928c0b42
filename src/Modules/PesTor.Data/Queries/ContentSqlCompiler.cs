using System.Globalization;
using System.Text;
using PesTor.Data.Services;
using PesTor.Queries;

namespace PesTor.Data.Queries;

/// <summary>
/// Compiles a resolved <see cref="ContentQuery"/> to one SQL statement over the version table and the field index tables.
/// Field filters become <c>v."Id" IN (SELECT "DocumentId" FROM index WHERE key AND value)</c>, so a multi-valued field
/// matches when any of its values does and nothing is filtered in memory. Every value is a parameter.
/// The SQL is the same for SQLite and PostgreSQL (double-quoted names, LIMIT/OFFSET, LIKE ... ESCAPE).
/// </summary>
internal sealed partial class ContentSqlCompiler
{
    private const string Escape = "\\";
    private static readonly HashSet<ContentColumn> NonNullColumns =
    [
        ContentColumn.ContentItemId, ContentColumn.ContentItemVersionId, ContentColumn.ContentType,
        ContentColumn.DisplayText, ContentColumn.Latest, ContentColumn.Published,
    ];
    private readonly StringBuilder _sql = new();
    private readonly List<object> _parameters = [];
    private readonly string _unicodeLower;

    private ContentSqlCompiler(string unicodeLower) => _unicodeLower = unicodeLower;

    /// <param name="unicodeLower">
    /// The SQL function that lower-cases all of Unicode: LOWER on PostgreSQL; on SQLite, whose LOWER folds only ASCII,
    /// the application function the connection registers. It is used only when the pattern is not plain ASCII: for an
    /// ASCII pattern, folding ASCII alone matches exactly the same rows, and the built-in function is much faster.
    /// </param>
    public static SqlQuery Select(ContentQuery query, string unicodeLower = "LOWER")
    {
        if (PageFromIndex.Match(query) is { } fromIndex)
        {
            return fromIndex.Select(query);
        }

        var compiler = new ContentSqlCompiler(unicodeLower);
        compiler._sql.Append("SELECT v.* FROM \"ContentItems\" v WHERE ");
        compiler.AppendWhere(query);
        compiler.AppendOrderBy(query.OrderBy);
        compiler._sql.Append(" LIMIT ").Append(compiler.Parameter(query.Take));
        compiler._sql.Append(" OFFSET ").Append(compiler.Parameter(query.Skip));
        return compiler.Build();
    }

    /// <summary>
    /// The page with the number of all matches beside each row (column <see cref="TotalColumn"/>): the count as a scalar
    /// subquery that does not depend on the row, which SQLite and PostgreSQL evaluate once per statement. A page and its
    /// total are then one statement to prepare and run instead of two. A page without rows carries no total.
    /// </summary>
    public static SqlQuery SelectWithTotal(ContentQuery query, string unicodeLower = "LOWER")
    {
        var page = Select(query, unicodeLower);
        var count = Count(query, unicodeLower);
        const string head = "SELECT v.* FROM ";
        if (!page.Sql.StartsWith(head, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("A content page statement starts with " + head);
        }

        var offset = page.Parameters.Length;
        var countSql = Placeholder().Replace(count.Sql, m => "{" + (int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture) + offset).ToString(CultureInfo.InvariantCulture) + "}");
        return new SqlQuery($"SELECT v.*, ({countSql}) AS \"{TotalColumn}\" FROM " + page.Sql[head.Length..], [.. page.Parameters, .. count.Parameters]);
    }

    public const string TotalColumn = "__Total";

    [System.Text.RegularExpressions.GeneratedRegex("\\{(\\d+)\\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();

    public static SqlQuery Count(ContentQuery query, string unicodeLower = "LOWER")
    {
        if (PageFromIndex.Match(query) is { } fromIndex)
        {
            return fromIndex.Count();
        }

        var compiler = new ContentSqlCompiler(unicodeLower);
        compiler._sql.Append("SELECT COUNT(*) AS \"Value\" FROM \"ContentItems\" v WHERE ");
        compiler.AppendWhere(query);
        return compiler.Build();
    }

    private SqlQuery Build() => new(_sql.ToString(), [.. _parameters]);

    private string Parameter(object value)
    {
        _parameters.Add(value);
        return "{" + (_parameters.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
    }

    private void AppendWhere(ContentQuery query)
    {
        _sql.Append(query.Status switch
        {
            ContentStatus.Published => "v.\"Published\" = TRUE",
            ContentStatus.Latest => "v.\"Latest\" = TRUE",
            ContentStatus.Draft => "v.\"Latest\" = TRUE AND v.\"Published\" = FALSE",
            ContentStatus.All => "(v.\"Latest\" = TRUE OR v.\"Published\" = TRUE)",
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Status, "Unknown status."),
        });

        if (query.ContentTypes.Count > 0)
        {
            _sql.Append(" AND ");
            AppendIn("v.\"ContentType\"", query.ContentTypes, negate: false);
        }

        if (query.Where is not null)
        {
            _sql.Append(" AND ");
            AppendFilter(query.Where);
        }
    }

    private void AppendFilter(ContentFilter filter)
    {
        switch (filter)
        {
            case AndFilter and:
                AppendGroup(and.Filters, " AND ", emptyValue: "1 = 1");
                break;
            case OrFilter or:
                AppendGroup(or.Filters, " OR ", emptyValue: "1 = 0");
                break;
            case NotFilter not:
                // "IS NOT TRUE", not NOT: a comparison with a NULL column is unknown, and NOT unknown would drop the row,
                // so "not owned by me" would lose every item without an owner. Both databases have the operator.
                _sql.Append('(');
                AppendFilter(not.Filter);
                _sql.Append(") IS NOT TRUE");
                break;
            case ColumnFilter column:
                AppendColumnFilter(column);
                break;
            case FieldFilter field:
                AppendFieldFilter(field);
                break;
            case GeoBoxFilter box:
                AppendGeoFilter(box.Part, box.Field, box.Box, near: null);
                break;
            case GeoNearFilter near:
                AppendGeoFilter(near.Part, near.Field, BoxAround(near), near);
                break;
            default:
                throw new ContentQueryException($"Filter '{filter.GetType().Name}' is not supported.");
        }
    }

    private void AppendGroup(IReadOnlyList<ContentFilter> filters, string separator, string emptyValue)
    {
        if (filters.Count == 0)
        {
            _sql.Append(emptyValue);
            return;
        }

        _sql.Append('(');
        for (var i = 0; i < filters.Count; i++)
        {
            if (i > 0)
            {
                _sql.Append(separator);
            }

            AppendFilter(filters[i]);
        }

        _sql.Append(')');
    }

    private void AppendColumnFilter(ColumnFilter filter)
    {
        // Pattern matches on columns ignore case like field matches do; both databases lower-case ASCII the same way.
        var isPattern = filter.Operator is FilterOperator.Contains or FilterOperator.StartsWith or FilterOperator.EndsWith;
        var column = "v." + Quote(filter.Column.ToString());
        var lower = filter.Value is string text && !Ascii.IsValid(text) ? _unicodeLower : "LOWER";
        AppendComparison(isPattern ? $"{lower}({column})" : column, filter.Operator, filter.Value, caseInsensitive: isPattern);
    }

    private void AppendFieldFilter(FieldFilter filter)
    {
        var table = IndexTables.For(filter.Kind ?? throw new ContentQueryException($"Field {filter.Part}.{filter.Field} was not resolved."));
        var (column, caseInsensitive) = FilterColumn(table, filter.Property, filter.Operator);

        // "Not equal" and "not in" mean "no value of the field matches", which also keeps items without a value.
        var negated = filter.Operator is FilterOperator.NotEq or FilterOperator.NotIn;
        var op = filter.Operator switch
        {
            FilterOperator.NotEq => FilterOperator.Eq,
            FilterOperator.NotIn => FilterOperator.In,
            _ => filter.Operator,
        };

        _sql.Append(negated ? "v.\"Id\" NOT IN (" : "v.\"Id\" IN (");
        _sql.Append("SELECT i.\"DocumentId\" FROM ").Append(Quote(table.Table)).Append(" i WHERE i.\"ContentPart\" = ")
            .Append(Parameter(filter.Part)).Append(" AND i.\"ContentField\" = ").Append(Parameter(filter.Field)).Append(" AND ");
        AppendComparison("i." + Quote(column), op, filter.Value, caseInsensitive);
        _sql.Append(')');
    }

    /// <summary>
    /// A place filter is one subquery on the GeoPoint index: a range on (part, field, latitude, longitude) — the index
    /// IX_GeoPointFieldIndex_Box — and, for a radius, the exact haversine test on the rows the box let through. Both
    /// databases have the functions (SQLite's bundled build has its math functions), so paging and totals are exact.
    /// </summary>
    private void AppendGeoFilter(string part, string field, GeoBox box, GeoNearFilter? near)
    {
        _sql.Append("v.\"Id\" IN (SELECT i.\"DocumentId\" FROM \"GeoPointFieldIndex\" i WHERE i.\"ContentPart\" = ").Append(Parameter(part))
            .Append(" AND i.\"ContentField\" = ").Append(Parameter(field))
            .Append(" AND i.\"Latitude\" >= ").Append(Parameter(box.South))
            .Append(" AND i.\"Latitude\" <= ").Append(Parameter(box.North));
        var west = Parameter(box.West);
        var east = Parameter(box.East);
        _sql.Append(box.West <= box.East
            ? $" AND i.\"Longitude\" >= {west} AND i.\"Longitude\" <= {east}"
            : $" AND (i.\"Longitude\" >= {west} OR i.\"Longitude\" <= {east})");

        if (near is not null)
        {
            // haversine: h = sin²(Δφ/2) + cos φ1 · cos φ2 · sin²(Δλ/2); distance ≤ r  ⇔  h ≤ sin²(r / 2R).
            var latitude = Parameter(near.Latitude);
            var longitude = Parameter(near.Longitude);
            var cosLatitude = Parameter(Math.Cos(near.Latitude * Math.PI / 180));
            var limit = Math.Sin(near.RadiusKm / (2 * GeoNearFilter.EarthRadiusKm));
            var halfDLat = $"SIN(RADIANS(i.\"Latitude\" - {latitude}) / 2)";
            var halfDLon = $"SIN(RADIANS(i.\"Longitude\" - {longitude}) / 2)";
            _sql.Append($" AND {halfDLat} * {halfDLat} + {cosLatitude} * COS(RADIANS(i.\"Latitude\")) * {halfDLon} * {halfDLon} <= ")
                .Append(Parameter(limit * limit));
        }

        _sql.Append(')');
    }

    /// <summary>
    /// The smallest latitude/longitude box around the circle: latitudes ± the angular radius, longitudes ± asin(sin d / cos φ)
    /// (the circle's widest point is not on the centre's parallel); every longitude when the circle reaches a pole.
    /// </summary>
    private static GeoBox BoxAround(GeoNearFilter near)
    {
        var angle = near.RadiusKm / GeoNearFilter.EarthRadiusKm;
        var latitude = near.Latitude * Math.PI / 180;
        var south = Math.Max(-90, near.Latitude - (angle * 180 / Math.PI));
        var north = Math.Min(90, near.Latitude + (angle * 180 / Math.PI));
        var ratio = Math.Sin(angle) / Math.Cos(latitude);
        if (south <= -90 || north >= 90 || ratio >= 1)
        {
            return new GeoBox(south, -180, north, 180);
        }

        var dLon = Math.Asin(ratio) * 180 / Math.PI;
        var west = near.Longitude - dLon;
        var east = near.Longitude + dLon;
        return new GeoBox(south, west < -180 ? west + 360 : west, north, east > 180 ? east - 360 : east);
    }

    /// <summary>Text-like matching (contains, starts, ends) on text and HTML uses the lower-cased copy, so it ignores case on both databases.</summary>
    private static (string Column, bool CaseInsensitive) FilterColumn(IndexTable table, string? property, FilterOperator op)
    {
        if (property is not null)
        {
            var named = table.Columns.FirstOrDefault(c => string.Equals(c, property, StringComparison.OrdinalIgnoreCase))
                ?? throw new ContentQueryException($"'{property}' is not a column of {table.Kind} fields; use one of: {string.Join(", ", table.Columns)}.");
            return (named, false);
        }

        var isPattern = op is FilterOperator.Contains or FilterOperator.StartsWith or FilterOperator.EndsWith;
        return table.Kind switch
        {
            Indexing.IndexKind.Text when isPattern => ("NormalizedValue", true),
            Indexing.IndexKind.Html => ("NormalizedText", true),
            _ => (table.MainColumn, false),
        };
    }

    private void AppendComparison(string column, FilterOperator op, object? value, bool caseInsensitive)
    {
        switch (op)
        {
            case FilterOperator.Eq when value is null:
                _sql.Append(column).Append(" IS NULL");
                return;
            case FilterOperator.NotEq when value is null:
                _sql.Append(column).Append(" IS NOT NULL");
                return;
            case FilterOperator.In or FilterOperator.NotIn:
                AppendIn(column, AsList(value), negate: op == FilterOperator.NotIn);
                return;
            case FilterOperator.Contains or FilterOperator.StartsWith or FilterOperator.EndsWith:
                AppendLike(column, op, value, caseInsensitive);
                return;
        }

        var sqlOperator = op switch
        {
            FilterOperator.Eq => " = ",
            FilterOperator.NotEq => " <> ",
            FilterOperator.Lt => " < ",
            FilterOperator.Lte => " <= ",
            FilterOperator.Gt => " > ",
            FilterOperator.Gte => " >= ",
            _ => throw new ContentQueryException($"Operator {op} is not supported here."),
        };

        // SQL's "<>" drops rows whose column is NULL; "not equal" should keep them.
        if (op == FilterOperator.NotEq)
        {
            _sql.Append('(').Append(column).Append(sqlOperator).Append(Parameter(value!)).Append(" OR ").Append(column).Append(" IS NULL)");
            return;
        }

        _sql.Append(column).Append(sqlOperator).Append(Parameter(value!));
    }

    private void AppendLike(string column, FilterOperator op, object? value, bool caseInsensitive)
    {
        var text = value as string ?? throw new ContentQueryException($"{op} needs a text value.");
        if (caseInsensitive)
        {
            text = text.ToLowerInvariant();
        }

        var escaped = text.Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal);
        var pattern = op switch
        {
            FilterOperator.Contains => "%" + escaped + "%",
            FilterOperator.StartsWith => escaped + "%",
            _ => "%" + escaped,
        };
        _sql.Append(column).Append(" LIKE ").Append(Parameter(pattern)).Append(" ESCAPE '").Append(Escape).Append('\'');
    }

    private void AppendIn(string column, IReadOnlyList<object> values, bool negate)
    {
        if (values.Count == 0)
        {
            _sql.Append(negate ? "1 = 1" : "1 = 0");
            return;
        }

        _sql.Append(column).Append(negate ? " NOT IN (" : " IN (");
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                _sql.Append(", ");
            }

            _sql.Append(Parameter(values[i]));
        }

        _sql.Append(')');
    }

    private static IReadOnlyList<object> AsList(object? value) => value switch
    {
        IEnumerable<object> list => [.. list],
        System.Collections.IEnumerable list and not string => [.. list.Cast<object>()],
        null => [],
        _ => [value],
    };

    private void AppendOrderBy(IReadOnlyList<ContentOrder> orders)
    {
        _sql.Append(" ORDER BY ");
        foreach (var order in orders)
        {
            var expression = order.Column is { } column ? "v." + Quote(column.ToString()) : FieldOrderExpression(order);

            // NULLs last in both directions on both databases (they disagree by default). Columns that are never NULL skip
            // the extra term so an index on them can deliver the order.
            if (order.Column is not { } notNull || !NonNullColumns.Contains(notNull))
            {
                _sql.Append('(').Append(expression).Append(" IS NULL), ");
            }

            _sql.Append(expression).Append(order.Descending ? " DESC, " : " ASC, ");
        }

        // A stable tie-breaker so paging never repeats or skips rows.
        _sql.Append("v.\"Id\" ASC");
    }

    private string FieldOrderExpression(ContentOrder order)
    {
        var table = IndexTables.For(order.Kind ?? throw new ContentQueryException($"Field {order.Part}.{order.Field} was not resolved."));
        var (column, _) = FilterColumn(table, order.Property, FilterOperator.Eq);
        return $"(SELECT MIN(o.{Quote(column)}) FROM {Quote(table.Table)} o WHERE o.\"DocumentId\" = v.\"Id\" AND o.\"ContentPart\" = {Parameter(order.Part!)} AND o.\"ContentField\" = {Parameter(order.Field!)})";
    }

    private static string Quote(string name) => "\"" + name + "\"";
}
