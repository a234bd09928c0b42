using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Queries;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Site;

/// <summary>
/// Two web nodes on one PostgreSQL database and one Redis: a page cached through one node is served from the shared cache
/// by the other, a publish on node A is on node B's cached page at once, and a value protected on one node is read on
/// the other (shared data-protection keys, so sign-in cookies and form tokens work behind a load balancer).
/// </summary>
public sealed class TwoNodeCacheTests(PostgresRedisSite nodeA) : IClassFixture<PostgresRedisSite>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        nodeA.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_publish_on_node_a_shows_on_node_bs_cached_page_at_once()
    {
        // Node B: a second host of the same site (same database and settings), with its own memory and services.
        await using var nodeB = SecondNode();
        var visitorA = nodeA.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var visitorB = nodeB.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var training = await nodeA.RunAsSystemAsync(async s => (await s.GetRequiredService<IContentQueryService>().ListAsync(ContentQuery.ForType("Training"))).Items[0]);
        var path = "/" + training.As<AutoroutePart>()!.Path;

        Assert.Contains(training.DisplayText, await visitorB.GetStringAsync(path), StringComparison.Ordinal);
        var fromCache = await visitorA.GetAsync(path);
        Assert.True(fromCache.Headers.Age is not null, "Node A should answer from the cache node B filled (an Age header).");

        await nodeA.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var item = (await contents.GetAsync(training.ContentItemId, VersionOptions.DraftRequired))!;
            item.Apply(new TitlePart { Title = training.DisplayText + " – zmiana z węzła A" });
            await contents.UpdateAsync(item);
            await contents.PublishAsync(item);
        });

        Assert.Contains("zmiana z węzła A", await visitorB.GetStringAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_protected_on_one_node_is_read_on_the_other()
    {
        await using var nodeB = SecondNode();
        var secret = nodeA.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("two-nodes").Protect("sesja");
        Assert.Equal("sesja", nodeB.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("two-nodes").Unprotect(secret));
    }

    // A second host of the same site: same database, settings and Redis, but — like a real node — its own disk for the
    // search indexes (two Lucene writers cannot share a folder).
    private WebApplicationFactory<Program> SecondNode() => nodeA.WithWebHostBuilder(builder =>
        builder.UseSetting("PesTor:Search:Folder", Path.Combine(nodeA.Database.AppData, "node-b-search")));
}
