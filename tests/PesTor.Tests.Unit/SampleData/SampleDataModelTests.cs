using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentManagement;
using PesTor.Contents.Fields;
using PesTor.Contents.Services;
using PesTor.Data;
using PesTor.Metadata;
using PesTor.Recipes.SampleData;
using PesTor.Tests.Unit.TestDoubles;

namespace PesTor.Tests.Unit.SampleData;

/// <summary>
/// Every generated item passes the engine's own preparation and validation (field kinds and part handlers) against the
/// content model of recipes/pestor-torun.recipe.json, as the bulk importer runs them with validate: true.
/// </summary>
public sealed class SampleDataModelTests
{
    [Fact]
    public async Task Every_generated_item_is_valid_against_the_recipe_model_and_keeps_its_values()
    {
        var model = RecipeModel.Load();
        var items = new SampleDataGenerator().Generate(new SampleDataOptions()).ToList();
        var lookup = new InMemoryContentItemLookup();
        foreach (var item in model.Taxonomies.Concat(items))
        {
            lookup.Add(item);
        }

        var services = new ServiceCollection()
            .AddContentFieldKinds()
            .AddSingleton<IContentDefinitionManager>(model)
            .AddSingleton<IContentItemLookup>(lookup)
            .AddSingleton<IContentStore>(new InMemoryContentStore())
            .AddScoped<ContentItemProcessor>()
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var processor = scope.ServiceProvider.GetRequiredService<ContentItemProcessor>();

        foreach (var item in items)
        {
            var before = item.Content.DeepClone();
            var result = await processor.ValidateAsync(item, CancellationToken.None);

            Assert.True(result.Succeeded, $"{item}: {string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}"))}");
            Assert.True(JsonNode.DeepEquals(before, item.Content), $"{item} was changed by preparation: {before.ToJsonString()} → {item.Content.ToJsonString()}");
        }
    }
}
