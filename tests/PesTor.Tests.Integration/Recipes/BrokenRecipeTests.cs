using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentManagement;
using PesTor.Metadata;
using PesTor.Queries;
using PesTor.Recipes;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Recipes;

/// <summary>A broken recipe fails with a message naming the step and the JSON path, and leaves the site as it was.</summary>
public sealed class BrokenRecipeTests(SqliteSite site) : IClassFixture<SqliteSite>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Bad_json_names_the_line()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync("{ \"name\": \"broken\", \"steps\": [ { \"name\": \"Content\" "));
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_step_is_refused_before_anything_runs()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(Recipe(
            """{ "name": "Content", "Data": [ { "ContentItemId": "ok-article", "ContentType": "Article", "TitlePart": { "Title": "Nie powstanie" } } ] }""",
            """{ "name": "Teleport" }""")));
        Assert.Equal(1, error.StepIndex);
        Assert.Equal("steps[1].name", error.Path);
        Assert.Contains("Teleport", error.Message, StringComparison.Ordinal);
        await AssertNotStoredAsync("ok-article");
    }

    [Fact]
    public async Task An_unknown_field_kind_names_the_field()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(Recipe(
            """{ "name": "ContentDefinition", "ContentParts": [ { "Name": "Boat", "Fields": [ { "Name": "Sails", "FieldKind": "SailField" } ] } ] }""")));
        Assert.Equal("steps[0].ContentParts[Boat].Fields[Sails].FieldKind", error.Path);
    }

    [Fact]
    public async Task A_type_missing_a_part_names_the_part()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(Recipe(
            """{ "name": "ContentDefinition", "ContentTypes": [ { "Name": "Boat", "Parts": [ { "Name": "HullPart", "PartName": "HullPart" } ] } ] }""")));
        Assert.Equal("steps[0].ContentTypes[Boat].Parts[HullPart].PartName", error.Path);
        Assert.Null(await site.RunAsSystemAsync(s => s.GetRequiredService<IContentDefinitionManager>().GetTypeDefinitionAsync("Boat")));
    }

    [Fact]
    public async Task An_item_of_an_unknown_type_names_its_place_and_earlier_steps_are_rolled_back()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(Recipe(
            """{ "name": "Content", "Data": [ { "ContentItemId": "first-article", "ContentType": "Article", "TitlePart": { "Title": "Wycofany" } } ] }""",
            """{ "name": "Content", "Data": [ { "ContentItemId": "a", "ContentType": "Article", "TitlePart": { "Title": "A" } }, { "ContentItemId": "boat-1", "ContentType": "Boat" } ] }""")));
        Assert.Equal(1, error.StepIndex);
        Assert.Equal("steps[1].Data[1].ContentType", error.Path);
        await AssertNotStoredAsync("first-article");
        await AssertNotStoredAsync("a");
    }

    [Fact]
    public async Task An_invalid_value_names_the_item_and_the_field()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(Recipe(
            """{ "name": "Content", "Data": [ { "ContentItemId": "ok-entity", "ContentType": "Article", "TitlePart": { "Title": "Dobry" } }, { "ContentItemId": "bad-entity", "ContentType": "Entity", "TitlePart": { "Title": "Zły" }, "Entity": { "Nip": { "Text": "1234567890" } } } ] }""")));
        Assert.StartsWith("steps[0].Data[1].Entity.", error.Path, StringComparison.Ordinal);
        Assert.Contains("Entity.Nip", error.Message, StringComparison.Ordinal);
        await AssertNotStoredAsync("ok-entity");
    }

    [Fact]
    public async Task An_item_without_an_id_is_refused_so_reruns_cannot_duplicate_it()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(Recipe(
            """{ "name": "Content", "Data": [ { "ContentType": "Article", "TitlePart": { "Title": "Bez id" } } ] }""")));
        Assert.Equal("steps[0].Data[0].ContentItemId", error.Path);
    }

    [Fact]
    public async Task A_placeholder_without_a_value_names_its_path()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(Recipe("""{ "name": "Settings", "Contact": { "Email": "{{ ContactEmail }}" } }""")));
        Assert.Equal("steps[0].Contact.Email", error.Path);
    }

    private static string Recipe(params string[] steps) => $$"""{ "name": "test-broken", "steps": [ {{string.Join(", ", steps)}} ] }""";

    private Task RunAsync(string json) => site.RunAsSystemAsync(async s =>
    {
        var recipe = s.GetRequiredService<IRecipeHarvester>().Parse(json, "test");
        await s.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe);
    });

    private Task AssertNotStoredAsync(string id) => site.RunAsSystemAsync(async s =>
    {
        Assert.Null(await s.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest));
        Assert.Equal(0, await s.GetRequiredService<IContentQueryService>().CountAsync(new ContentQuery
        {
            Status = ContentStatus.All,
            Where = ContentFilter.ByColumn(ContentColumn.ContentItemId, FilterOperator.Eq, id),
        }));
    });
}
