using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentManagement;
using PesTor.GraphQL.ApiClients;
using PesTor.Security;
using PesTor.Tests.Integration.Infrastructure;
using PesTor.Users;
using PesTor.Users.Services;

namespace PesTor.Tests.Integration.GraphQl;

/// <summary>
/// Who may call /api/graphql and how often: API clients' bearer tokens with their scope (read, read-drafts), revoked and
/// wrong tokens, anonymous vs token vs editor on drafts, the ExecuteGraphQL permission, the per-caller rate limit (429 with
/// Retry-After), and the API clients' admin page (token shown once, revoke).
/// </summary>
public sealed partial class GraphQlAccessTests(GraphQlAccessTests.LimitedSite site) : SiteTest<GraphQlAccessTests.LimitedSite>(site), IClassFixture<GraphQlAccessTests.LimitedSite>
{
    private const string Drafts = """{ entity(status: DRAFT, where: { displayText_starts_with: "Access" }) { displayText } }""";

    /// <summary>A SQLite site whose rate limits are small enough to reach in a test, with introspection switched off.</summary>
    public sealed class LimitedSite : TestSite
    {
        public const int Permits = 40;

        protected override string Provider => "Sqlite";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("PesTor:GraphQL:ClientPermitsPerMinute", Permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("PesTor:GraphQL:AnonymousPermitsPerMinute", Permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("PesTor:GraphQL:Introspection", "false");
        }
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            if (await contents.GetAsync("access-draft", VersionOptions.Latest) is null)
            {
                var draft = await ContentBuilders.NewEntityAsync(contents, "Access Szkic", "fundacja");
                draft.ContentItemId = "access-draft";
                await contents.CreateAsync(draft, publish: false);
                await contents.CreateAsync(await ContentBuilders.NewEntityAsync(contents, "Access Opublikowany", "fundacja"), publish: true);
            }
        });
    }

    [Fact]
    public async Task A_read_token_sees_published_items_and_a_read_drafts_token_also_sees_drafts()
    {
        var read = await TokenClientAsync("Portal otwartych danych", ApiClientScope.Read);
        var drafts = await TokenClientAsync("Podgląd w aplikacji", ApiClientScope.ReadDrafts);

        Assert.Empty(Titles(await DataAsync(read, Drafts)));
        Assert.Equal(["Access Szkic"], Titles(await DataAsync(drafts, Drafts)));
        Assert.Equal(["Access Opublikowany"], Titles(await DataAsync(read, """{ entity(where: { displayText_starts_with: "Access" }) { displayText } }""")));
    }

    [Fact]
    public async Task Anonymous_callers_and_an_editor_of_other_types_see_no_drafts_the_administrator_does()
    {
        Assert.Empty(Titles(await DataAsync(await Site.ClientAsync(), Drafts)));
        Assert.Empty(Titles(await DataAsync(await Site.ClientAsync("editor1", TestSite.EditorPassword), Drafts)));
        Assert.Equal(["Access Szkic"], Titles(await DataAsync(await Site.ClientAsync("admin", TestSite.AdminPassword), Drafts)));
    }

    [Fact]
    public async Task With_introspection_off_schema_questions_are_refused_and_typename_still_answers()
    {
        var client = await Site.ClientAsync("admin", TestSite.AdminPassword);
        foreach (var query in new[] { "{ __schema { types { name } } }", """{ __type(name: "Entity") { name } }""" })
        {
            var response = await client.PostAsJsonAsync("/api/graphql", new { query });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray();
            Assert.Contains(errors, e => ((string)e!["message"]!).Contains("introspection", StringComparison.OrdinalIgnoreCase));
        }

        var typename = await DataAsync(client, """{ __typename entity(first: 1) { __typename } }""");
        Assert.Equal("Query", (string)typename["__typename"]!);
    }

    [Fact]
    public async Task A_wrong_or_revoked_token_is_unauthorized()
    {
        var (client, token) = await Site.RunAsSystemAsync(s => s.GetRequiredService<ApiClientStore>().CreateAsync("Do unieważnienia", ApiClientScope.Read, "admin"));
        var http = Bearer(token);
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync("/api/graphql", new { query = "{ entityCount }" })).StatusCode);

        var wrong = Bearer(token[..^2] + "xx");
        var refused = await wrong.PostAsJsonAsync("/api/graphql", new { query = "{ entityCount }" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("invalid_token", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer("not-a-token").GetAsync("/api/graphql?query=%7BentityCount%7D")).StatusCode);

        Assert.True(await Site.RunAsSystemAsync(s => s.GetRequiredService<ApiClientStore>().RevokeAsync(client.Id, "admin")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsJsonAsync("/api/graphql", new { query = "{ entityCount }" })).StatusCode);
    }

    [Fact]
    public async Task Without_execute_graphql_anonymous_callers_get_401_and_signed_in_ones_403_but_a_token_still_works()
    {
        var token = await TokenClientAsync("Bez roli", ApiClientScope.Read);
        await SetAnonymousExecuteAsync(false);
        try
        {
            var anonymous = await (await Site.ClientAsync()).PostAsJsonAsync("/api/graphql", new { query = "{ entityCount }" });
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Contains("ExecuteGraphQL", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var editor = await Site.ClientAsync("editor1", TestSite.EditorPassword);
            Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync("/api/graphql", new { query = "{ entityCount }" })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await token.PostAsJsonAsync("/api/graphql", new { query = "{ entityCount }" })).StatusCode);
        }
        finally
        {
            await SetAnonymousExecuteAsync(true);
        }
    }

    [Fact]
    public async Task A_client_over_its_rate_limit_gets_429_with_retry_after_and_other_clients_still_answer()
    {
        var greedy = await TokenClientAsync("Zachłanny", ApiClientScope.Read);
        HttpResponseMessage? limited = null;
        for (var i = 0; i <= LimitedSite.Permits && limited is null; i++)
        {
            var response = await greedy.GetAsync("/api/graphql?query=%7BentityCount%7D");
            limited = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.NotNull(limited);
        var retryAfter = int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Contains("Too many requests", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var other = await TokenClientAsync("Inny", ApiClientScope.Read);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/graphql?query=%7BentityCount%7D")).StatusCode);
    }

    [Fact]
    public async Task The_admin_creates_a_client_sees_its_token_once_and_revokes_it()
    {
        var admin = await Site.ClientAsync("admin", TestSite.AdminPassword);
        var page = await admin.GetStringAsync("/admin/api-clients");
        using var create = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Regionalna baza PES", ["Scope"] = "Read", ["__RequestVerificationToken"] = Token(page),
        });
        var created = await admin.PostAsync("/admin/api-clients?handler=Create", create);
        var answer = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var token = NewTokenPattern().Match(answer).Groups[1].Value;
        Assert.StartsWith("pestor_", token, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(token).PostAsJsonAsync("/api/graphql", new { query = "{ entityCount }" })).StatusCode);

        var list = await admin.GetStringAsync("/admin/api-clients");
        Assert.Contains("Regionalna baza PES", list, StringComparison.Ordinal);
        Assert.DoesNotContain(token, list, StringComparison.Ordinal);

        var id = await Site.RunAsSystemAsync(async s => (await s.GetRequiredService<ApiClientStore>().ListAsync()).First(c => c.Name == "Regionalna baza PES").Id);
        using var revoke = new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = id, ["__RequestVerificationToken"] = Token(list) });
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/admin/api-clients?handler=Revoke", revoke)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(token).PostAsJsonAsync("/api/graphql", new { query = "{ entityCount }" })).StatusCode);

        using var empty = new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "", ["Scope"] = "Read", ["__RequestVerificationToken"] = Token(list) });
        Assert.Contains("aria-invalid=\"true\"", await (await admin.PostAsync("/admin/api-clients?handler=Create", empty)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var editor = await Site.ClientAsync("editor1", TestSite.EditorPassword);
        Assert.NotEqual(HttpStatusCode.OK, (await editor.GetAsync("/admin/api-clients")).StatusCode);
    }

    [Fact]
    public async Task Search_finds_published_items_ranked_with_snippets_items_and_counts_per_type()
    {
        await Site.Services.GetRequiredService<PesTor.Search.Services.SearchIndexer>().CatchUpAsync();
        var data = await DataAsync(await Site.ClientAsync(), """
            { search(query: "opublikowany", types: ["Entity"], first: 5) {
                total countsByType { contentType count }
                hits { contentType score snippetHtml item { displayText ... on Entity { legalForm { id } } } } } }
            """);
        var hit = Assert.Single(data["search"]!["hits"]!.AsArray())!;
        Assert.Equal("Access Opublikowany", (string)hit["item"]!["displayText"]!);
        Assert.Equal("fundacja", (string)hit["item"]!["legalForm"]![0]!["id"]!);
        Assert.Contains("<mark>", (string?)hit["snippetHtml"] ?? "<mark>", StringComparison.Ordinal);
        Assert.Equal(1, (int)data["search"]!["total"]!);

        // The draft never appears, whatever is asked; a bad page size names its argument.
        Assert.Equal(0, (int)(await DataAsync(await Site.ClientAsync(), """{ search(query: "szkic") { total } }"""))["search"]!["total"]!);
        var bad = await (await Site.ClientAsync()).PostAsJsonAsync("/api/graphql", new { query = """{ search(query: "x", first: 5000) { total } }""" });
        var error = JsonNode.Parse(await bad.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("search", (string)error["path"]![0]!);
    }

    private async Task<HttpClient> TokenClientAsync(string name, ApiClientScope scope)
    {
        var (_, token) = await Site.RunAsSystemAsync(s => s.GetRequiredService<ApiClientStore>().CreateAsync(name, scope, "admin"));
        return Bearer(token);
    }

    private HttpClient Bearer(string token)
    {
        var client = Site.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private Task SetAnonymousExecuteAsync(bool allowed) => Site.RunAsSystemAsync(async s =>
    {
        var roles = s.GetRequiredService<RoleManager<PesTorRole>>();
        var anonymous = (await roles.FindByNameAsync(RoleNames.Anonymous))!;
        var claim = new Claim(RoleNames.PermissionClaimType, SitePermissions.ExecuteGraphQL);
        await (allowed ? roles.AddClaimAsync(anonymous, claim) : roles.RemoveClaimAsync(anonymous, claim));
        s.GetRequiredService<RolePermissionCache>().Invalidate();
    });

    private static async Task<JsonNode> DataAsync(HttpClient client, string query)
    {
        var response = await client.PostAsJsonAsync("/api/graphql", new { query });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK && JsonNode.Parse(body)!["errors"] is null, body);
        return JsonNode.Parse(body)!["data"]!;
    }

    private static List<string> Titles(JsonNode data) => [.. data["entity"]!.AsArray().Select(e => (string)e!["displayText"]!)];

    private static string Token(string page) => AntiforgeryPattern().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();

    [GeneratedRegex("<code id=\"new-token\">([^<]+)</code>")]
    private static partial Regex NewTokenPattern();
}
