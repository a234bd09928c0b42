using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.GraphQL.ApiClients;
using PesTor.GraphQL.Caching;
using PesTor.Security;
using PesTor.Tests.Integration.Infrastructure;
using PesTor.Users;
using PesTor.Users.Services;

namespace PesTor.Tests.Integration.GraphQl;

/// <summary>
/// The result cache of /api/graphql on both databases: a repeated query is answered from memory (the hit counter moves),
/// and every change it depends on shows in the very next query — content written, published, unpublished, removed; the
/// Anonymous role's permissions edited by an administrator. Drafts never reach anonymous callers or read-only clients
/// through it, answers with errors and full-text search are never kept, and GET keeps its ETag and 304.
/// </summary>
public abstract class GraphQlResultCacheTests<TSite>(TSite site) : SiteTest<TSite>(site) where TSite : TestSite
{
    private const string CacheList = """{ entity(where: { displayText_starts_with: "Cache Lista " }, orderBy: { displayText: ASC }) { displayText } }""";

    private const string CacheDrafts = """{ entity(status: DRAFT, where: { displayText_starts_with: "Cache Szkic" }, orderBy: { displayText: ASC }) { displayText } }""";

    private GraphQlResultCache Cache => Site.Services.GetRequiredService<GraphQlResultCache>();

    [Fact]
    public async Task A_repeated_query_is_served_from_the_cache_and_each_content_change_shows_in_the_very_next_query()
    {
        var alfa = await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var item = await ContentBuilders.NewEntityAsync(contents, "Cache Lista Alfa");
            await contents.CreateAsync(item, publish: true);
            return item.ContentItemId;
        });

        Assert.Equal(["Cache Lista Alfa"], await TitlesAsync(CacheList));
        var hits = Cache.Hits;
        Assert.Equal(["Cache Lista Alfa"], await TitlesAsync(CacheList));
        Assert.Equal(hits + 1, Cache.Hits);

        // An edit of the published item (a new published version).
        await ChangeAsync(alfa, async (contents, item) =>
        {
            item.Apply(new TitlePart { Title = "Cache Lista Alfa Nowa" });
            await contents.UpdateAsync(item);
            await contents.PublishAsync(item);
        });
        Assert.Equal(["Cache Lista Alfa Nowa"], await TitlesAsync(CacheList));

        // A draft is invisible to anonymous callers until it is published.
        var beta = await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var item = await ContentBuilders.NewEntityAsync(contents, "Cache Lista Beta");
            await contents.CreateAsync(item, publish: false);
            return item.ContentItemId;
        });
        Assert.Equal(["Cache Lista Alfa Nowa"], await TitlesAsync(CacheList));
        await ChangeAsync(beta, (contents, item) => contents.PublishAsync(item));
        Assert.Equal(["Cache Lista Alfa Nowa", "Cache Lista Beta"], await TitlesAsync(CacheList));

        await ChangeAsync(alfa, (contents, item) => contents.UnpublishAsync(item));
        Assert.Equal(["Cache Lista Beta"], await TitlesAsync(CacheList));

        await ChangeAsync(beta, (contents, item) => contents.RemoveAsync(item));
        Assert.Empty(await TitlesAsync(CacheList));
        hits = Cache.Hits;
        Assert.Empty(await TitlesAsync(CacheList));
        Assert.Equal(hits + 1, Cache.Hits);
    }

    [Fact]
    public async Task Removing_a_view_permission_from_the_anonymous_role_shows_in_the_very_next_query()
    {
        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            await contents.CreateAsync(await ContentBuilders.NewEntityAsync(contents, "Cache Uprawnienia"), publish: true);
        });
        const string query = """{ entity(where: { displayText: "Cache Uprawnienia" }) { displayText } }""";
        Assert.Equal(["Cache Uprawnienia"], await TitlesAsync(query));
        Assert.Equal(["Cache Uprawnienia"], await TitlesAsync(query));

        var viewEntities = ContentPermissions.ForType(ContentAction.View, false, "Entity");
        var before = await AnonymousPermissionsAsync();
        await SaveAnonymousPermissionsAsync(before.Where(p => p != viewEntities));
        try
        {
            Assert.Empty(await TitlesAsync(query));
        }
        finally
        {
            await SaveAnonymousPermissionsAsync(before);
        }

        Assert.Equal(["Cache Uprawnienia"], await TitlesAsync(query));
    }

    [Fact]
    public async Task Drafts_never_reach_anonymous_callers_and_clients_with_different_scopes_do_not_share_answers()
    {
        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            if (await contents.GetAsync("cache-draft", VersionOptions.Latest) is null)
            {
                var draft = await ContentBuilders.NewEntityAsync(contents, "Cache Szkic");
                draft.ContentItemId = "cache-draft";
                await contents.CreateAsync(draft, publish: false);
            }
        });
        var drafts = await TokenClientAsync("Podgląd (cache)", ApiClientScope.ReadDrafts);
        var read = await TokenClientAsync("Portal (cache)", ApiClientScope.Read);

        // The read-drafts client asks first (its answer is cached), twice so the second is a hit; then the others.
        Assert.Equal(["Cache Szkic"], await TitlesAsync(CacheDrafts, drafts));
        var hits = Cache.Hits;
        Assert.Equal(["Cache Szkic"], await TitlesAsync(CacheDrafts, drafts));
        Assert.Equal(hits + 1, Cache.Hits);
        Assert.Empty(await TitlesAsync(CacheDrafts, read));
        Assert.Empty(await TitlesAsync(CacheDrafts));
        Assert.Empty(await TitlesAsync(CacheDrafts));
        Assert.Equal(["Cache Szkic"], await TitlesAsync(CacheDrafts, drafts));

        // Through contentItem too: the published version only, and there is none.
        var one = await DataAsync("""{ contentItem(contentItemId: "cache-draft") { displayText } }""");
        Assert.Null(one["contentItem"]);
    }

    [Fact]
    public async Task Answers_with_errors_and_search_answers_are_not_kept_and_variables_are_part_of_the_key()
    {
        var stores = Cache.Stores;
        var (status, body) = await GraphQlHttp.PostAsync(Site, """{ entity(skip: -1) { displayText } }""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("skip must not be negative", body, StringComparison.Ordinal);
        await GraphQlHttp.PostAsync(Site, """{ entity(skip: -1) { displayText } }""");
        Assert.Equal(stores, Cache.Stores);

        await DataAsync("""{ search(query: "cache") { total } }""");
        await DataAsync("""{ search(query: "cache") { total } }""");
        Assert.Equal(stores, Cache.Stores);

        const string byTitle = """query ($title: String) { entity(where: { displayText: $title }) { displayText } }""";
        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            foreach (var title in new[] { "Cache Zmienna 1", "Cache Zmienna 2" })
            {
                await contents.CreateAsync(await ContentBuilders.NewEntityAsync(contents, title), publish: true);
            }
        });
        Assert.Equal(["Cache Zmienna 1"], GraphQlHttp.Titles(await GraphQlHttp.DataAsync(Site, byTitle, new { title = "Cache Zmienna 1" }), "entity"));
        Assert.Equal(["Cache Zmienna 2"], GraphQlHttp.Titles(await GraphQlHttp.DataAsync(Site, byTitle, new { title = "Cache Zmienna 2" }), "entity"));
        Assert.Equal(["Cache Zmienna 1"], GraphQlHttp.Titles(await GraphQlHttp.DataAsync(Site, byTitle, new { title = "Cache Zmienna 1" }), "entity"));
        Assert.Equal(stores + 2, Cache.Stores);
    }

    [Fact]
    public async Task A_cached_get_answer_keeps_its_etag_and_answers_304_to_if_none_match()
    {
        var client = await Site.ClientAsync();
        var url = "/api/graphql?query=" + Uri.EscapeDataString("{ entityCount }");
        var first = await client.GetAsync(url);
        var hits = Cache.Hits;
        var second = await client.GetAsync(url);
        Assert.Equal(hits + 1, Cache.Hits);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(second.Headers.ETag!);
        var notModified = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    private Task ChangeAsync(string contentItemId, Func<IContentManager, ContentItem, Task> change) => Site.RunAsSystemAsync(async s =>
    {
        var contents = s.GetRequiredService<IContentManager>();
        await change(contents, (await contents.GetAsync(contentItemId, VersionOptions.Latest))!);
    });

    private async Task<List<string>> AnonymousPermissionsAsync()
    {
        List<string> permissions = [];
        await Site.RunAsSystemAsync(async s =>
            permissions = [.. (await s.GetRequiredService<RoleAdministration>().GetAsync(RoleNames.Anonymous, CancellationToken.None))!.Permissions]);
        return permissions;
    }

    // As the roles page does it: through the role administration, which also refreshes the permission cache.
    private Task SaveAnonymousPermissionsAsync(IEnumerable<string> permissions) => Site.RunAsSystemAsync(async s =>
    {
        var errors = await s.GetRequiredService<RoleAdministration>().SaveAsync(RoleNames.Anonymous, new RolePermissionsForm { Permissions = [.. permissions] }, CancellationToken.None);
        Assert.True(errors.IsEmpty, string.Join("; ", errors.All.Select(e => e.Message)));
    });

    private async Task<HttpClient> TokenClientAsync(string name, ApiClientScope scope)
    {
        var (_, token) = await Site.RunAsSystemAsync(s => s.GetRequiredService<ApiClientStore>().CreateAsync(name, scope, "admin"));
        var client = Site.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<JsonNode> DataAsync(string query, HttpClient? client = null) => await GraphQlHttp.DataAsync(Site, query, client: client);

    private async Task<List<string>> TitlesAsync(string query, HttpClient? client = null) => GraphQlHttp.Titles(await DataAsync(query, client), "entity");
}

public sealed class SqliteGraphQlResultCacheTests(SqliteSite site) : GraphQlResultCacheTests<SqliteSite>(site), IClassFixture<SqliteSite>;

public sealed class PostgresGraphQlResultCacheTests(PostgresSite site) : GraphQlResultCacheTests<PostgresSite>(site), IClassFixture<PostgresSite>;
