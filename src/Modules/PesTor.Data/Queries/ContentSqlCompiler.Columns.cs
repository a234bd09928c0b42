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
        var values = new StringBuilder();
        for (var i = 0; i < query.Columns.Count; i++)
        {
            var column = query.Columns[i];
            var table = IndexTables.For(column.Kind ?? throw new ContentQueryException($"Column {column.Part}.{column.Field} was not resolved."));
            var name = Quote(FilterColumn(table, column.Property, FilterOperator.Eq).Column);

            // One value per item, the same on both databases: the smallest (a multi-valued field has several rows; MIN skips
            // NULLs; PostgreSQL has no MIN of booleans, so those are read as 0/1). The rows are found by the version's id in
            // the table's per-item index, which also holds part, field and value (IX_{table}_DocumentId_Values), so no table
            // row is visited; "|| ''" keeps the part and field tests off the (part, field, value) index, which a planner
            // without statistics would otherwise prefer and walk in full for every item. (A join per field is faster on
            // SQLite, but PostgreSQL without statistics — right after an import — plans it as a scan per item.)
            var value = column.Kind == Indexing.IndexKind.Boolean ? $"CASE WHEN c.{name} THEN 1 ELSE 0 END" : "c." + name;
            values.Append(", (SELECT MIN(").Append(value).Append(") FROM ").Append(Quote(table.Table))
                .Append(" c WHERE c.\"DocumentId\" = p.\"Id\" AND c.\"ContentPart\" || '' = ").Append(compiler.Parameter(column.Part))
                .Append(" AND c.\"ContentField\" || '' = ").Append(compiler.Parameter(column.Field)).Append(')');
        }

        // The page is chosen first and only its items' values are read: with the values beside the WHERE, SQLite computed
        // them for every match before ordering and cutting the page. One row more than the page tells whether another follows.
        var sql = compiler._sql;
        sql.Append("SELECT p.\"Id\", p.\"ContentItemId\", p.\"ContentType\", p.\"DisplayText\"").Append(values)
            .Append(" FROM (SELECT v.\"Id\", v.\"ContentItemId\", v.\"ContentType\", v.\"DisplayText\" FROM \"ContentItems\" v WHERE ");
        compiler.AppendWhere(query.Query);
        if (query.After is { } after)
        {
            sql.Append(" AND v.\"Id\" > ").Append(compiler.Parameter(after));
        }

        sql.Append(" ORDER BY v.\"Id\" LIMIT ").Append(compiler.Parameter(query.Take + 1)).Append(") p ORDER BY p.\"Id\"");
        return compiler.Build();
    }
}
