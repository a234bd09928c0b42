using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using PesTor.Data.Queries;
using PesTor.Indexing;
using PesTor.Queries;

namespace PesTor.Data.Services;

/// <summary>
/// Runs the index-column statement (see <see cref="ContentSqlCompiler.SelectColumns"/>) on the context's connection and
/// reads the rows straight from the data reader: the column set varies by query, so there is no entity to map to, and
/// nothing but the asked values is materialised. Parameters are made by EF Core's type mappings, as for its own queries.
/// </summary>
internal sealed partial class ContentIndexStore(PesTorDbContext db) : IContentIndexStore
{
    public async Task<ContentIndexPage> ReadAsync(ContentIndexQuery query, CancellationToken cancellationToken = default)
    {
        var sql = ContentSqlCompiler.SelectColumns(query, db.Database.IsSqlite() ? SqlitePragmas.UnicodeLower : "LOWER");
        var mappings = db.GetService<IRelationalTypeMappingSource>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = Placeholder().Replace(sql.Sql, m => "@p" + m.Groups[1].Value);
            for (var i = 0; i < sql.Parameters.Length; i++)
            {
                var value = sql.Parameters[i];
                var mapping = mappings.FindMapping(value.GetType())
                    ?? throw new InvalidOperationException($"No database type for a parameter of type {value.GetType().Name}.");
                command.Parameters.Add(mapping.CreateParameter(command, "p" + i.ToString(CultureInfo.InvariantCulture), value));
            }

            var rows = new List<ContentIndexRow>(Math.Min(query.Take, 1024));
            long lastId = 0;
            var more = false;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (rows.Count == query.Take)
                {
                    more = true;
                    break;
                }

                lastId = reader.GetInt64(0);
                var values = new object?[query.Columns.Count];
                for (var c = 0; c < values.Length; c++)
                {
                    values[c] = Read(reader, 4 + c, query.Columns[c].Kind!.Value);
                }

                rows.Add(new ContentIndexRow(reader.GetString(1), reader.GetString(2), reader.GetString(3), values));
            }

            return new ContentIndexPage(rows, more ? lastId : null);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static object? Read(DbDataReader reader, int ordinal, IndexKind kind)
    {
        // One GetValue per value (null comes back as DBNull): on SQLite every accessor is a native call that asks the
        // column's type again, and a layer reads tens of thousands of values.
        var value = reader.GetValue(ordinal);
        if (value is DBNull)
        {
            return null;
        }

        return kind switch
        {
            IndexKind.Numeric or IndexKind.GeoPoint => value as double? ?? Convert.ToDouble(value, CultureInfo.InvariantCulture),
            IndexKind.Boolean => Convert.ToBoolean(value, CultureInfo.InvariantCulture),
            IndexKind.Date or IndexKind.DateTime => DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc),
            _ => value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture),
        };
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
