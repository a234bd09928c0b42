using PesTor.Data.Services;
using PesTor.Queries;

namespace PesTor.Data.Queries;

/// <summary>
/// The commonest public list — published items of one type with one field value, ordered by title (entities of a legal
/// form, offers of a category) — read from the field's index table alone: its rows carry the version's flags and title,
/// and the index (part, field, value, published, type, title) hands over the page in order. The general statement would
/// walk the type's title index testing each row, which costs as much as the matches are far apart in title order.
/// Any other shape of query takes the general path.
/// </summary>
internal sealed class PageFromIndex
{
    private readonly FieldFilter _filter;
    private readonly IndexTable _table;
    private readonly string _column;
    private readonly string _contentType;

    private PageFromIndex(FieldFilter filter, IndexTable table, string column, string contentType)
    {
        _filter = filter;
        _table = table;
        _column = column;
        _contentType = contentType;
    }

    public static PageFromIndex? Match(ContentQuery query)
    {
        if (query.Status != ContentStatus.Published || query.ContentTypes.Count != 1 || !OrderedByTitle(query))
        {
            return null;
        }

        var conjuncts = new List<ContentFilter>();
        Flatten(query.Where, conjuncts);
        if (conjuncts is not [FieldFilter { Operator: FilterOperator.Eq, Value: not null, Kind: { } kind } filter]
            || kind == Indexing.IndexKind.Html)
        {
            return null;
        }

        var table = IndexTables.For(kind);
        var column = filter.Property is null
            ? table.MainColumn
            : table.Columns.FirstOrDefault(c => string.Equals(c, filter.Property, StringComparison.OrdinalIgnoreCase));
        return column == table.MainColumn ? new PageFromIndex(filter, table, column, query.ContentTypes[0]) : null;
    }

    public SqlQuery Select(ContentQuery query)
    {
        var direction = query.OrderBy is [{ Descending: true }] ? "DESC" : "ASC";
        var (where, parameters) = IndexWhere();
        parameters.Add(query.Take);
        parameters.Add(query.Skip);
        var sql = $"SELECT v.* FROM \"ContentItems\" v WHERE v.\"Id\" IN (SELECT i.\"DocumentId\" FROM \"{_table.Table}\" i WHERE {where} "
            + $"ORDER BY i.\"DisplayText\" {direction}, i.\"DocumentId\" ASC LIMIT {{4}} OFFSET {{5}}) "
            + $"ORDER BY v.\"DisplayText\" {direction}, v.\"Id\" ASC";
        return new SqlQuery(sql, [.. parameters]);
    }

    public SqlQuery Count()
    {
        var (where, parameters) = IndexWhere();
        return new SqlQuery($"SELECT COUNT(*) AS \"Value\" FROM \"{_table.Table}\" i WHERE {where}", [.. parameters]);
    }

    private (string Where, List<object> Parameters) IndexWhere() => (
        $"i.\"ContentPart\" = {{0}} AND i.\"ContentField\" = {{1}} AND i.\"{_column}\" = {{2}} AND i.\"Published\" = TRUE AND i.\"ContentType\" = {{3}}",
        [_filter.Part, _filter.Field, _filter.Value!, _contentType]);

    private static bool OrderedByTitle(ContentQuery query) =>
        query.OrderBy.Count == 0 || query.OrderBy is [{ Column: ContentColumn.DisplayText }];

    private static void Flatten(ContentFilter? filter, List<ContentFilter> into)
    {
        if (filter is AndFilter and)
        {
            foreach (var inner in and.Filters)
            {
                Flatten(inner, into);
            }
        }
        else if (filter is not null)
        {
            into.Add(filter);
        }
    }
}
