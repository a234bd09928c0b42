using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Api;

/// <summary>A resident's e-mail is never public: GraphQL neither returns nor filters on e-mail fields, and the content API
/// leaves them out for callers who may not edit the item.</summary>
public sealed class PrivateFieldTests(SqliteTorunSite site) : IClassFixture<SqliteTorunSite>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("{ need { displayText contactEmail } }")]
    [InlineData("{ need(where: { contactEmail_contains: \"@\" }) { displayText } }")]
    public async Task E_mail_fields_are_not_in_the_schema(string query)
    {
        var response = await (await site.ClientAsync()).PostAsJsonAsync("/api/graphql", new { query });
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var errors = body["errors"]!.AsArray();
        Assert.Contains(errors, e => ((string)e!["message"]!).Contains("contactEmail", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_content_api_gives_the_e_mail_to_editors_only()
    {
        var admin = await site.ClientAsync("admin", TestSite.AdminPassword);
        var created = await admin.PostAsJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "Need",
            ["TitlePart"] = new JsonObject { ["Title"] = "Potrzebny transport na festyn" },
            ["Need"] = new JsonObject { ["ContactEmail"] = new JsonObject { ["Text"] = "mieszkanka@example.org" } },
        });
        created.EnsureSuccessStatusCode();
        var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["ContentItemId"]!;

        var asVisitor = await (await site.ClientAsync()).GetStringAsync($"/api/content/{id}");
        var listed = await (await site.ClientAsync()).GetStringAsync("/api/content?type=Need&take=100");
        Assert.DoesNotContain("mieszkanka@example.org", asVisitor, StringComparison.Ordinal);
        Assert.DoesNotContain("mieszkanka@example.org", listed, StringComparison.Ordinal);
        Assert.Contains("mieszkanka@example.org", await admin.GetStringAsync($"/api/content/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_need_fields_are_readable()
    {
        var response = await (await site.ClientAsync()).PostAsJsonAsync("/api/graphql", new { query = "{ need { displayText status budget } }" });
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Null(body["errors"]);
        Assert.NotNull(body["data"]!["need"]);
    }
}
