using System.Data;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Data;
using PesTor.Queries;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Site;

/// <summary>
/// What one uncached directory page costs the database (a small, fixed number of statements: the filters' terms and the
/// layout's zones come from caches), and that those caches never hide a change: a publish shows on the next request.
/// </summary>
public sealed class DirectoryPageCostTests(SqliteQuietSampleSite site) : IClassFixture<SqliteQuietSampleSite>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_filtered_entity_directory_page_runs_a_few_statements()
    {
        var visitor = await site.ClientAsync();
        await UncachedAsync(visitor, "/podmioty?forma=fundacja");

        IReadOnlyList<string> statements;
        using (site.Sql.Record())
        {
            await UncachedAsync(visitor, "/podmioty?forma=fundacja");
            statements = [.. site.Sql.Statements];
        }

        // The page with its total in one statement; the content version (one MAX over the outbox); at most the definitions'
        // identifier check.
        var report = string.Join("\n----\n", statements);
        Assert.True(statements.Count(s => s.Contains("\"ContentItems\"", StringComparison.Ordinal)) == 1, report);
        Assert.True(statements.Count(s => s.Contains("COUNT(*)", StringComparison.Ordinal)) == 1, report);
        Assert.Contains(statements, s => s.Contains("\"ContentItems\"", StringComparison.Ordinal) && s.Contains("COUNT(*)", StringComparison.Ordinal));
        Assert.True(statements.Count(s => s.Contains("\"OutboxMessages\"", StringComparison.Ordinal)) == 1, report);
        Assert.True(statements.Count <= 3, report);
    }

    [Fact]
    public async Task Requests_share_the_options_and_a_pool_of_contexts_but_never_hold_one_context_at_once()
    {
        var scopes = Enumerable.Range(0, 8).Select(_ => site.Services.CreateAsyncScope()).ToList();
        var held = scopes.ConvertAll(s => s.ServiceProvider.GetRequiredService<PesTorDbContext>());
        Assert.Single(scopes.Select(s => s.ServiceProvider.GetRequiredService<DbContextOptions<SqlitePesTorDbContext>>()).Distinct());
        Assert.Equal(scopes.Count, held.Distinct().Count());
        foreach (var db in held)
        {
            Assert.True(await db.Database.CanConnectAsync());
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        }

        foreach (var scope in scopes)
        {
            await scope.DisposeAsync();
        }

        // Later requests lease the returned contexts, reset to the configured behaviour, and each exactly once: eight
        // requests at a time never share one (a context handed back twice would be leased to two of them).
        var later = Enumerable.Range(0, 8).Select(_ => site.Services.CreateAsyncScope()).ToList();
        var leased = later.ConvertAll(s => s.ServiceProvider.GetRequiredService<PesTorDbContext>());
        Assert.Equal(later.Count, leased.Distinct().Count());
        Assert.Contains(leased, held.Contains);
        Assert.All(leased, db => Assert.Equal(QueryTrackingBehavior.TrackAll, db.ChangeTracker.QueryTrackingBehavior));
        Assert.All(leased, db => Assert.Empty(db.ChangeTracker.Entries()));
        foreach (var scope in later)
        {
            await scope.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_request_keeps_its_connection_open_from_its_first_statement_to_its_end()
    {
        System.Data.Common.DbConnection connection;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            connection = scope.ServiceProvider.GetRequiredService<PesTorDbContext>().Database.GetDbConnection();
            Assert.Equal(ConnectionState.Closed, connection.State);
            await scope.ServiceProvider.GetRequiredService<IContentVersion>().CurrentAsync();
            Assert.Equal(ConnectionState.Open, connection.State);
            var page = await scope.ServiceProvider.GetRequiredService<IContentStore>().QueryAsync(new ContentQuery { ContentTypes = ["Entity"], Take = 1 }, includeTotal: true);
            Assert.Single(page.Items);
            Assert.Equal(ConnectionState.Open, connection.State);
        }

        Assert.Equal(ConnectionState.Closed, connection.State);
    }

    [Fact]
    public async Task A_published_term_shows_in_the_filter_on_the_next_uncached_request()
    {
        var visitor = await site.ClientAsync();
        Assert.DoesNotContain("forma-testowa", await UncachedAsync(visitor, "/podmioty"), StringComparison.Ordinal);

        await site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var taxonomy = (await contents.GetAsync("legal-forms", VersionOptions.Latest))!;
            var part = taxonomy.As<TaxonomyPart>()!;
            part.Terms = [.. part.Terms, new TaxonomyTerm { Id = "forma-testowa", Name = "Forma testowa", Slug = "forma-testowa" }];
            taxonomy.Apply(part);
            await contents.UpdateAsync(taxonomy);
            Assert.True(await contents.PublishAsync(taxonomy));
        });

        Assert.Contains("<option value=\"forma-testowa\">Forma testowa</option>", await UncachedAsync(visitor, "/podmioty"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_widget_shows_on_the_next_uncached_request_and_goes_when_unpublished()
    {
        var visitor = await site.ClientAsync();
        Assert.DoesNotContain("cost-test-widget", await UncachedAsync(visitor, "/lokale"), StringComparison.Ordinal);

        var widget = await site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var item = await contents.NewAsync("MapWidget");
            item.ContentItemId = "cost-test-widget";
            item.ApplyField("MapWidget", "Layers", new TextField { Text = "premises" });
            item.ApplyField("WidgetPlacement", "Zone", new TextField { Text = "AfterContent" });
            item.ApplyField("WidgetPlacement", "Rule", new TextField { Text = "path" });
            item.ApplyField("WidgetPlacement", "PathPrefix", new TextField { Text = "/lokale" });
            item.ApplyField("WidgetPlacement", "Position", new NumericField { Value = 1 });
            await contents.CreateAsync(item, publish: true);
            return item;
        });
        Assert.Contains("data-widget-id=\"cost-test-widget\"", await UncachedAsync(visitor, "/lokale"), StringComparison.Ordinal);

        await site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            await contents.UnpublishAsync((await contents.GetAsync(widget.ContentItemId))!);
        });
        Assert.DoesNotContain("cost-test-widget", await UncachedAsync(visitor, "/lokale"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_once_rendered_are_served_again_without_reading_what_they_name()
    {
        var visitor = await site.ClientAsync();
        await UncachedAsync(visitor, "/oferty");

        IReadOnlyList<string> statements;
        using (site.Sql.Record())
        {
            await UncachedAsync(visitor, "/oferty");
            statements = [.. site.Sql.Statements];
        }

        // The offers' rows name their entities; rendered once, the next page reads no entity to name them again.
        Assert.True(statements.Count > 0, "Nothing was recorded.");
        Assert.DoesNotContain(statements, s => s.Contains("\"ContentItemId\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_renamed_term_shows_in_the_rows_on_the_next_uncached_request()
    {
        var visitor = await site.ClientAsync();
        Assert.Matches("</a>\\s*<span>– Fundacja[,<]", await UncachedAsync(visitor, "/podmioty?forma=fundacja"));

        await site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var taxonomy = (await contents.GetAsync("legal-forms", VersionOptions.Latest))!;
            var part = taxonomy.As<TaxonomyPart>()!;
            part.Terms.Single(t => t.Id == "fundacja").Name = "Fundacja rodzinna";
            taxonomy.Apply(part);
            await contents.UpdateAsync(taxonomy);
            Assert.True(await contents.PublishAsync(taxonomy));
        });

        var after = await UncachedAsync(visitor, "/podmioty?forma=fundacja");
        Assert.Matches("</a>\\s*<span>– Fundacja rodzinna", after);
        Assert.DoesNotMatch("</a>\\s*<span>– Fundacja[,<]", after);
    }

    [Fact]
    public async Task An_offer_row_names_its_entity_anew_once_the_entity_is_renamed()
    {
        var (entityId, offerTitle) = await site.RunAsSystemAsync(async s =>
        {
            var offers = await s.GetRequiredService<IContentQueryService>().ListAsync(new ContentQuery { ContentTypes = ["Offer"], Take = 100 });
            var offer = offers.Items.First(o => o.GetField<ContentPickerField>("Offer", "Entity")?.ContentItemIds.Count > 0);
            return (offer.GetField<ContentPickerField>("Offer", "Entity")!.ContentItemIds[0], offer.DisplayText);
        });
        var visitor = await site.ClientAsync();
        var directory = "/oferty?podmiot=" + entityId;
        Assert.Contains(offerTitle, await UncachedAsync(visitor, directory), StringComparison.Ordinal);

        await site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var entity = (await contents.GetAsync(entityId, VersionOptions.Latest))!;
            entity.Apply(new TitlePart { Title = entity.DisplayText + " (po zmianie nazwy)" });
            await contents.UpdateAsync(entity);
            Assert.True(await contents.PublishAsync(entity));
        });

        var after = await UncachedAsync(visitor, directory);
        Assert.Contains(offerTitle, after, StringComparison.Ordinal);
        Assert.Matches("<span>– [^<]*\\(po zmianie nazwy\\)", after);
    }

    private static async Task<string> UncachedAsync(HttpClient client, string url)
    {
        // The output cache never serves a request with credentials; the site ignores this one.
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Authorization", "Test uncached");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
