using System.Text;
using PesTor.Data.Services;
using PesTor.Queries;

namespace PesTor.Data.Queries;

/// <summary>
/// The statement behind <see cref="IContentIndexReader"/>: the same WHERE as a list (status, types, filters, permission
/// filter), but selecting only the version's id, type and title and, per asked column, one value from its index table,
/// paged by the version row id (a keyset: each page is a range on the primary key, never an OFFSET walk).
/// </summary>
internal sealed partial class ContentSqlCompiler
{
    public static SqlQuery SelectColumns(ContentIndexQuery query, string unicodeLower = "LOWER")
    {
        var compiler = new ContentSqlCompiler(unicodeLower);
        var sql = compiler._sql;

        // Each index table's rows of one part and field are joined once, however many of their columns are asked (a
        // point's latitude and longitude come from one row); the page's items are then grouped back to one row each.
        var joins = new List<(IndexTable Table, string Part, string Field)>();
        var selected = new StringBuilder();
        for (var i = 0; i < query.Columns.Count; i++)
        {
            var column = query.Columns[i];
            var table = IndexTables.For(column.Kind ?? throw new ContentQueryException($"Column {column.Part}.{column.Field} was not resolved."));
            var join = joins.IndexOf((table, column.Part, column.Field));
            if (join < 0)
            {
                join = joins.Count;
                joins.Add((table, column.Part, column.Field));
            }

            // One value per item, the same on both databases: the smallest (a multi-valued field has several rows; MIN skips
            // NULLs; PostgreSQL has no MIN of booleans, so those are read as 0/1).
            var name = $"c{join}.{Quote(FilterColumn(table, column.Property, FilterOperator.Eq).Column)}";
            var value = column.Kind == Indexing.IndexKind.Boolean ? $"CASE WHEN {name} THEN 1 ELSE 0 END" : name;
            selected.Append(", MIN(").Append(value).Append(')');
        }

        sql.Append("SELECT v.\"Id\", v.\"ContentItemId\", v.\"ContentType\", v.\"DisplayText\"").Append(selected).Append(" FROM \"ContentItems\" v");
        for (var j = 0; j < joins.Count; j++)
        {
            // The rows are found by the version's id, part and field: a seek in the table's per-item index, which also
            // holds the values (IX_{table}_DocumentId_Values), so no index table row is visited.
            var (table, part, field) = joins[j];
            sql.Append(" LEFT JOIN ").Append(Quote(table.Table)).Append(" c").Append(j)
                .Append(" ON c").Append(j).Append(".\"DocumentId\" = v.\"Id\" AND c").Append(j).Append(".\"ContentPart\" = ").Append(compiler.Parameter(part))
                .Append(" AND c").Append(j).Append(".\"ContentField\" = ").Append(compiler.Parameter(field));
        }

        sql.Append(" WHERE ");
        compiler.AppendWhere(query.Query);
        if (query.After is { } after)
        {
            sql.Append(" AND v.\"Id\" > ").Append(compiler.Parameter(after));
        }

        // Grouped by the primary key, so the version's other columns may be selected (both databases allow it). One row
        // more than the page tells whether another page follows.
        sql.Append(" GROUP BY v.\"Id\" ORDER BY v.\"Id\" LIMIT ").Append(compiler.Parameter(query.Take + 1));
        return compiler.Build();
    }
}
