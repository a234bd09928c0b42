using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentManagement;
using PesTor.Queries;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Recipes;

/// <summary>Exporting a site as a recipe and importing it into a fresh site reproduces the same items, field by field.</summary>
public sealed class ExportImportTests(SqliteTorunSite source, SqliteBareSite target)
    : IClassFixture<SqliteTorunSite>, IClassFixture<SqliteBareSite>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        source.AssertNoLoggedIssues();
        target.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_exported_site_imported_into_a_fresh_site_gives_the_same_items()
    {
        var sourceAdmin = await source.ClientAsync("admin", TestSite.AdminPassword);
        var export = await sourceAdmin.GetAsync("/api/recipes/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var recipe = await export.Content.ReadAsStringAsync();

        var targetAdmin = await target.ClientAsync("admin", TestSite.AdminPassword);
        var import = await targetAdmin.PostAsync("/api/recipes/import", new StringContent(recipe, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NoContent, import.StatusCode);

        var expected = await AllAsync(source);
        var actual = await AllAsync(target);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (id, item) in expected)
        {
            var copy = actual[id];
            Assert.Equal(item.ContentType, copy.ContentType);
            Assert.Equal(item.DisplayText, copy.DisplayText);
            Assert.Equal(item.Published, copy.Published);
            Assert.True(JsonNode.DeepEquals(item.Content, copy.Content), $"{id} differs:\n{item.Content.ToJsonString()}\n{copy.Content.ToJsonString()}");
        }
    }

    [Fact]
    public async Task Export_and_import_need_a_signed_in_administrator()
    {
        var visitor = await source.ClientAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync("/api/recipes/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.PostAsync("/api/recipes/import", new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Fact]
    public async Task A_broken_uploaded_recipe_is_a_400_naming_the_step_and_path()
    {
        var admin = await target.ClientAsync("admin", TestSite.AdminPassword);
        var response = await admin.PostAsync("/api/recipes/import", new StringContent(
            """{ "name": "upload", "steps": [ { "name": "Content", "Data": [ { "ContentItemId": "x", "ContentType": "Spaceship" } ] } ] }""",
            Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("steps[0].Data[0].ContentType", (string)problem["path"]!);
    }

    private static Task<Dictionary<string, ContentItem>> AllAsync(TestSite site) => site.RunAsSystemAsync(async s =>
    {
        var queries = s.GetRequiredService<IContentQueryService>();
        var page = await queries.ListAsync(new ContentQuery { Status = ContentStatus.Latest, Take = 1000 });
        return page.Items.ToDictionary(i => i.ContentItemId);
    });
}
