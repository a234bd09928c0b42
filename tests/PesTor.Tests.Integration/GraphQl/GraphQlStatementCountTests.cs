using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Queries;
using PesTor.Tests.Integration.Infrastructure;
using static PesTor.Tests.Integration.GraphQl.GraphQlHttp;

namespace PesTor.Tests.Integration.GraphQl;

/// <summary>
/// No N+1: offers with their entity and the entity's legal form run the same small number of SQL statements for 10, 100
/// and 200 offers (the list, one batch of entities, one of taxonomies), on both databases.
/// </summary>
public abstract class GraphQlStatementCountTests<TSite>(TSite site) : SiteTest<TSite>(site) where TSite : TestSite
{
    private const string Prefix = "SQLC";
    private const int Offers = 200;
    private static readonly SemaphoreSlim Seeding = new(1, 1);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Seeding.WaitAsync();
        try
        {
            await Site.RunAsSystemAsync(SeedAsync);
        }
        finally
        {
            Seeding.Release();
        }
    }

    [Fact]
    public async Task A_nested_query_runs_the_same_few_statements_for_10_100_and_200_offers()
    {
        var counts = new Dictionary<int, int>();
        var statements = new Dictionary<int, List<string>>();
        foreach (var first in new[] { 10, 100, 200 })
        {
            var query = $$"""{ offer(where: { displayText_starts_with: "{{Prefix}}" }, orderBy: { displayText: ASC }, first: {{first}}) { displayText entity { displayText legalForm { name } } } }""";
            // Once unmeasured, so caches (definitions, roles, the parsed document) are warm. Then the fewest of three runs:
            // the document store re-checks its cached documents now and then (one statement, on a timer), which is not
            // about the query; anything that grows with the items is in every run.
            await DataAsync(Site, query);
            for (var run = 0; run < 3; run++)
            {
                using (Site.Sql.Record())
                {
                    var data = await DataAsync(Site, query);
                    var offers = data["offer"]!.AsArray();
                    Assert.Equal(first, offers.Count);
                    Assert.All(offers, o => Assert.NotEmpty(o!["entity"]![0]!["legalForm"]!.AsArray()));
                    if (!counts.TryGetValue(first, out var fewest) || Site.Sql.Statements.Count < fewest)
                    {
                        counts[first] = Site.Sql.Statements.Count;
                        statements[first] = [.. Site.Sql.Statements];
                    }
                }
            }
        }

        var report = string.Join("\n\n", statements.Select(s => $"first: {s.Key} ran {s.Value.Count} statements:\n{string.Join("\n---\n", s.Value)}"));
        Assert.True(counts.Values.Distinct().Count() == 1, "The number of statements grows with the number of offers:\n" + report);
        // The offers, the entities (one batch), the legal-forms taxonomy (one batch).
        Assert.True(counts[200] <= 3, report);
    }

    // Twenty entities in three legal forms, each offering ten things: 200 published offers.
    private static async Task SeedAsync(IServiceProvider services)
    {
        var contents = services.GetRequiredService<IContentManager>();
        if (await services.GetRequiredService<IContentQueryService>().CountAsync(new ContentQuery
            {
                ContentTypes = ["Offer"],
                Status = ContentStatus.Latest,
                Where = ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.StartsWith, Prefix),
            }) > 0)
        {
            return;
        }

        string[] forms = ["fundacja", "stowarzyszenie", "spoldzielnia_socjalna"];
        for (var e = 0; e < 20; e++)
        {
            var entity = await ContentBuilders.NewEntityAsync(contents, $"{Prefix} Podmiot {e:00}", forms[e % forms.Length]);
            await contents.CreateAsync(entity, publish: true);
            for (var o = 0; o < Offers / 20; o++)
            {
                var offer = await ContentBuilders.NewOfferAsync(contents, $"{Prefix} Oferta {e:00}-{o:00}", entity.ContentItemId, 10 * o);
                offer.ApplyField("Offer", "Kind", new TextField { Text = "service" });
                await contents.CreateAsync(offer, publish: true);
            }
        }
    }
}

public sealed class SqliteGraphQlStatementCountTests(SqliteSite site) : GraphQlStatementCountTests<SqliteSite>(site), IClassFixture<SqliteSite>;

public sealed class PostgresGraphQlStatementCountTests(PostgresSite site) : GraphQlStatementCountTests<PostgresSite>(site), IClassFixture<PostgresSite>;
