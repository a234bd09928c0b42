using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Bench.Data;
using PesTor.ContentParts;
using PesTor.Data;
using PesTor.Data.Queries;
using PesTor.Indexing;
using PesTor.Queries;

namespace PesTor.Bench.Scenarios;

/// <summary>
/// Prints the database's plan for the SQL each scenario compiles to (<c>--explain</c>): SQLite's EXPLAIN QUERY PLAN,
/// PostgreSQL's EXPLAIN (ANALYZE, BUFFERS). The query is the one the content query service hands the store for the
/// system caller (types as asked, fields resolved, no permission filter).
/// </summary>
internal static class QueryPlans
{
    private static readonly Dictionary<(string Part, string Field), IndexKind> Kinds = new()
    {
        [(BenchModel.EntityType, EntityFields.LegalForm)] = IndexKind.Taxonomy,
        [(PartNames.Address, nameof(AddressPart.City))] = IndexKind.Text,
    };

    public static async Task PrintAsync(IServiceProvider services, DatabaseProvider provider, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PesTorDbContext>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var scenario in ContentQueryScenarios.All)
            {
                var resolved = scenario.Query with { Where = Resolve(scenario.Query.Where) };
                var sql = scenario.IsCount ? ContentSqlCompiler.Count(resolved) : ContentSqlCompiler.Select(resolved);
                output.WriteLine($"-- {scenario.Name}");
                output.WriteLine(sql.Sql);
                output.WriteLine("   parameters: " + string.Join(", ", sql.Parameters.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture))));
                foreach (var line in await ExplainAsync(connection, provider, sql, cancellationToken))
                {
                    output.WriteLine("   " + line);
                }

                output.WriteLine();
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static ContentFilter? Resolve(ContentFilter? filter) => filter switch
    {
        FieldFilter field => field with { Kind = Kinds[(field.Part, field.Field)] },
        _ => filter,
    };

    private static async Task<List<string>> ExplainAsync(DbConnection connection, DatabaseProvider provider, SqlQuery sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var text = sql.Sql;
        for (var i = 0; i < sql.Parameters.Length; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"@p{i}");
            text = text.Replace("{" + i.ToString(CultureInfo.InvariantCulture) + "}", name, StringComparison.Ordinal);
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = sql.Parameters[i];
            command.Parameters.Add(parameter);
        }

        command.CommandText = (provider == DatabaseProvider.Postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + text;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // SQLite: id, parent, notused, detail; PostgreSQL: one text column per line.
            lines.Add(provider == DatabaseProvider.Postgres ? reader.GetString(0) : reader.GetString(3));
        }

        return lines;
    }
}
