using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Data;
using PesTor.Indicators;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Indicators;

/// <summary>Over 100 000 counted items a recount is still one COUNT statement, and none of the items is loaded.</summary>
public abstract class LargeRecountTests<TSite>(TSite site) : IAsyncLifetime where TSite : WorkflowSite
{
    private const int Items = 100_000;

    protected TSite Site { get; } = site;

    public Task InitializeAsync() => Site.RunAsSystemAsync(async s =>
    {
        var db = s.GetRequiredService<PesTorDbContext>();
        if (await db.ContentItems.CountAsync(r => r.ContentType == "SocialClause") > Items)
        {
            return;
        }

        // Straight into the version table: the store's own bulk path runs at about a thousand items a second, and what is
        // measured here is the count, not the load.
        var sql = Site.Database.Provider == "Sqlite"
            ? """
              WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
              INSERT INTO "ContentItems" ("ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published", "CreatedUtc", "ModifiedUtc", "PublishedUtc", "ConcurrencyStamp", "IndexedKinds", "Content")
              SELECT 'bulk-clause-' || i, 'bulk-clause-' || i || '-v1', 'SocialClause', 'Klauzula ' || i, 1, 1, '2013-05-01 00:00:00', '2013-05-01 00:00:00', '2013-05-01 00:00:00', 'stamp', 0, '{{}}' FROM n
              """
            : """
              INSERT INTO "ContentItems" ("ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published", "CreatedUtc", "ModifiedUtc", "PublishedUtc", "ConcurrencyStamp", "IndexedKinds", "Content")
              SELECT 'bulk-clause-' || i, 'bulk-clause-' || i || '-v1', 'SocialClause', 'Klauzula ' || i, TRUE, TRUE, TIMESTAMPTZ '2013-05-01', TIMESTAMPTZ '2013-05-01', TIMESTAMPTZ '2013-05-01', 'stamp', 0, '{{}}' FROM generate_series(1, 100000) AS i
              """;
        await db.Database.ExecuteSqlRawAsync(sql);
    });

    public Task DisposeAsync()
    {
        Site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Recounting_over_a_hundred_thousand_items_is_a_single_count_query()
    {
        await Site.RunAsSystemAsync(async s =>
        {
            var recounter = s.GetRequiredService<IIndicatorRecounter>();
            decimal? value;
            using (Site.Sql.Record())
            {
                value = await recounter.RecountAsync("indicator-social-clauses");
            }

            Assert.Equal(Items + 7m, value);
            var counts = Site.Sql.Statements.Where(sql => sql.Contains("COUNT(", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.Single(counts);
            // The recount reads and writes its own indicator; no statement may read the counted items themselves.
            var widest = Site.Sql.Reads.Where(r => r.Sql.StartsWith("SELECT", StringComparison.Ordinal)).MaxBy(r => r.Rows);
            Assert.True(widest.Rows <= 5, $"{widest.Rows} rows were read by: {widest.Sql}");

            var indicator = (await s.GetRequiredService<IContentManager>().GetAsync("indicator-social-clauses"))!;
            Assert.Equal(Items + 7m, indicator.GetField<NumericField>("Indicator", "Current")!.Value);
            Assert.True(indicator.GetField<BooleanField>("Indicator", "Achieved")!.Value);
        });
    }
}

public sealed class SqliteLargeRecountTests(SqliteLargeIndicatorSite site) : LargeRecountTests<SqliteLargeIndicatorSite>(site), IClassFixture<SqliteLargeIndicatorSite>;

public sealed class PostgresLargeRecountTests(PostgresLargeIndicatorSite site) : LargeRecountTests<PostgresLargeIndicatorSite>(site), IClassFixture<PostgresLargeIndicatorSite>;
