using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentManagement;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Api;

/// <summary>The headless content API as an HTTP client uses it: problem details for every bad input, nothing half-stored.</summary>
public abstract class ContentApiTests<TSite>(TSite site) : SiteTest<TSite>(site) where TSite : TestSite
{
    [Fact]
    public async Task An_editor_creates_an_item_and_a_visitor_reads_it()
    {
        var admin = await Site.ClientAsync("admin", TestSite.AdminPassword);
        var created = await admin.PostAsJsonAsync("/api/content", Entity("Fundacja z API", nip: "5260250274"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var item = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = (string)item["ContentItemId"]!;
        Assert.True((bool)item["Published"]!);
        Assert.Equal("podmioty/fundacja-z-api", (string)item["AutoroutePart"]!["Path"]!);

        var visitor = await Site.ClientAsync();
        var read = await visitor.GetFromJsonAsync<JsonObject>($"/api/content/{id}");
        Assert.Equal("Fundacja z API", (string)read!["DisplayText"]!);

        var list = await visitor.GetFromJsonAsync<JsonObject>("/api/content?type=Entity&filter=displayText%20eq%20Fundacja%20z%20API");
        Assert.Equal(1, (int)list!["total"]!);
    }

    [Fact]
    public async Task Writing_without_signing_in_is_refused_with_401()
    {
        var visitor = await Site.ClientAsync();
        var response = await visitor.PostAsJsonAsync("/api/content", Entity("Anonimowa"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_wrong_nip_is_a_400_naming_the_field_and_nothing_is_stored()
    {
        var admin = await Site.ClientAsync("admin", TestSite.AdminPassword);
        var before = await CountAsync(admin);

        var response = await admin.PostAsJsonAsync("/api/content", Entity("Fundacja Zły NIP", nip: "1234567890"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.NotNull(problem["errors"]!["Entity.Nip"]);
        Assert.Equal(before, await CountAsync(admin));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_with_a_message()
    {
        var admin = await Site.ClientAsync("admin", TestSite.AdminPassword);
        var response = await admin.PostAsync("/api/content", new StringContent("{\"ContentType\": \"Entity\", ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JSON", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_type_or_part_is_a_400()
    {
        var admin = await Site.ClientAsync("admin", TestSite.AdminPassword);
        var unknownType = await admin.PostAsJsonAsync("/api/content", new JsonObject { ["ContentType"] = "Spaceship" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownType.StatusCode);

        var entity = Entity("Fundacja z nieznaną częścią");
        entity["WeatherPart"] = new JsonObject { ["Sunny"] = true };
        var unknownPart = await admin.PostAsJsonAsync("/api/content", entity);
        Assert.Equal(HttpStatusCode.BadRequest, unknownPart.StatusCode);
        Assert.Contains("WeatherPart", await unknownPart.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_update_based_on_a_stale_stamp_is_a_409()
    {
        var admin = await Site.ClientAsync("admin", TestSite.AdminPassword);
        var created = (await (await admin.PostAsJsonAsync("/api/content", Entity("Fundacja Konfliktu"))).Content.ReadFromJsonAsync<JsonObject>())!;
        var staleStamp = (string)created["ConcurrencyStamp"]!;

        var first = Entity("Fundacja Konfliktu 2");
        first["ContentItemId"] = created["ContentItemId"]!.DeepClone();
        first["ConcurrencyStamp"] = staleStamp;
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/content", first)).StatusCode);

        var second = Entity("Fundacja Konfliktu 3");
        second["ContentItemId"] = created["ContentItemId"]!.DeepClone();
        second["ConcurrencyStamp"] = staleStamp;
        var conflict = await admin.PostAsJsonAsync("/api/content", second);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var current = await admin.GetFromJsonAsync<JsonObject>($"/api/content/{created["ContentItemId"]}");
        Assert.Equal("Fundacja Konfliktu 2", (string)current!["DisplayText"]!);
    }

    [Fact]
    public async Task A_draft_is_visible_to_its_editor_and_not_to_visitors()
    {
        var admin = await Site.ClientAsync("admin", TestSite.AdminPassword);
        var created = (await (await admin.PostAsJsonAsync("/api/content?draft=true", Entity("Fundacja Robocza"))).Content.ReadFromJsonAsync<JsonObject>())!;
        var id = (string)created["ContentItemId"]!;

        var visitor = await Site.ClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/content/{id}?status=latest")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/content/{id}?status=latest")).StatusCode);
    }

    [Fact]
    public async Task An_update_the_caller_may_save_but_not_publish_is_a_403_and_leaves_no_draft()
    {
        var editor = await Site.ClientAsync("editor1", TestSite.EditorPassword);
        var created = await editor.PostAsJsonAsync("/api/content?draft=true", new JsonObject
        {
            ["ContentType"] = "NeedResponse",
            ["TitlePart"] = new JsonObject { ["Title"] = "Odpowiedź robocza" },
            ["NeedResponse"] = new JsonObject { ["Message"] = new JsonObject { ["Text"] = "Pierwsza wersja" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["ContentItemId"]!;

        var publish = await editor.PostAsJsonAsync("/api/content", new JsonObject
        {
            ["ContentItemId"] = id,
            ["NeedResponse"] = new JsonObject { ["Message"] = new JsonObject { ["Text"] = "Druga wersja" } },
        });

        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        var latest = (await editor.GetFromJsonAsync<JsonObject>($"/api/content/{id}?status=latest"))!;
        Assert.Equal("Pierwsza wersja", (string)latest["NeedResponse"]!["Message"]!["Text"]!);
    }

    [Fact]
    public async Task Deleting_hides_the_item()
    {
        var admin = await Site.ClientAsync("admin", TestSite.AdminPassword);
        var created = (await (await admin.PostAsJsonAsync("/api/content", Entity("Fundacja do usunięcia"))).Content.ReadFromJsonAsync<JsonObject>())!;
        var id = (string)created["ContentItemId"]!;

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/content/{id}?status=latest")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/content/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("/api/content?type=Entity&filter=Entity.Colour%20eq%20red", "where.Entity.Colour")]
    [InlineData("/api/content?type=Entity&filter=Entity.Employees%20gt%20many", "where.Entity.Employees")]
    [InlineData("/api/content?type=Entity&filter=nonsense", "filter[0]")]
    [InlineData("/api/content?type=Entity&take=5000", "take")]
    [InlineData("/api/content?type=Spaceship", "type")]
    [InlineData("/api/content?status=everything", "status")]
    public async Task A_bad_list_query_is_a_400_with_the_path_of_the_mistake(string url, string path)
    {
        var response = await (await Site.ClientAsync()).GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.StartsWith(path, (string)problem["path"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ready_check_reports_a_reachable_migrated_database()
    {
        var response = await (await Site.ClientAsync()).GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_password_is_a_401_and_signing_in_needs_both_fields()
    {
        var client = await Site.ClientAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/login", new { userName = "editor2", password = "wrong-password" })).StatusCode);
        var missing = await client.PostAsJsonAsync("/api/auth/login", new { userName = "" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("password", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<int> CountAsync(HttpClient client) =>
        (int)(await client.GetFromJsonAsync<JsonObject>("/api/content?type=Entity&status=all&take=0"))!["total"]!;

    private static JsonObject Entity(string title, string? nip = null)
    {
        var entity = new JsonObject
        {
            ["ContentType"] = "Entity",
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["Entity"] = new JsonObject
            {
                ["LegalForm"] = new JsonObject { ["TaxonomyContentItemId"] = TestModel.LegalFormsId, ["TermContentItemIds"] = new JsonArray("fundacja") },
            },
        };
        if (nip is not null)
        {
            entity["Entity"]!["Nip"] = new JsonObject { ["Text"] = nip };
        }

        return entity;
    }
}

public sealed class SqliteContentApiTests(SqliteSite site) : ContentApiTests<SqliteSite>(site), IClassFixture<SqliteSite>;

public sealed class PostgresContentApiTests(PostgresSite site) : ContentApiTests<PostgresSite>(site), IClassFixture<PostgresSite>;
