using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using PesTor.Modules;
using PesTor.Recipes;

namespace PesTor.Recipes.Services;

/// <summary>
/// Finds recipes: <c>*.recipe.json</c> files in the <c>recipes</c> folder beside the application (the repository's
/// <c>recipes/</c> is copied there by the build) or under the content root, and <c>*.recipe.json</c> resources embedded in
/// module assemblies.
/// </summary>
internal sealed class RecipeHarvester(IWebHostEnvironment environment, IReadOnlyList<ModuleDescriptor> modules) : IRecipeHarvester
{
    private const string Suffix = ".recipe.json";

    public async Task<IReadOnlyList<RecipeDescriptor>> HarvestAsync(CancellationToken cancellationToken = default)
    {
        var recipes = new Dictionary<string, RecipeDescriptor>(StringComparer.Ordinal);
        foreach (var folder in new[] { Path.Combine(AppContext.BaseDirectory, "recipes"), Path.Combine(environment.ContentRootPath, "recipes") }.Distinct())
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*" + Suffix).Order(StringComparer.Ordinal))
            {
                var recipe = Parse(await File.ReadAllTextAsync(file, cancellationToken), file);
                recipes.TryAdd(recipe.Name, recipe);
            }
        }

        foreach (var assembly in modules.Select(m => m.Assembly))
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(Suffix, StringComparison.Ordinal)))
            {
                var recipe = Parse(await ReadResourceAsync(assembly, resource, cancellationToken), $"{assembly.GetName().Name}:{resource}");
                recipes.TryAdd(recipe.Name, recipe);
            }
        }

        return [.. recipes.Values.OrderBy(r => r.Name, StringComparer.Ordinal)];
    }

    public RecipeDescriptor Parse(string json, string source)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                ?? throw new RecipeException(source, null, null, "$", "A recipe must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new RecipeException(source, null, null, ex.Path ?? "$", $"The recipe is not valid JSON (line {ex.LineNumber + 1}): {ex.Message}");
        }

        var name = Text(root, "name") ?? throw new RecipeException(source, null, null, "name", "A recipe needs a name.");
        if (root["steps"] is not JsonArray)
        {
            throw new RecipeException(name, null, null, "steps", "A recipe needs a steps array.");
        }

        return new RecipeDescriptor
        {
            Name = name,
            DisplayName = Text(root, "displayName") ?? name,
            Description = Text(root, "description") ?? "",
            Author = Text(root, "author") ?? "",
            Version = Text(root, "version") ?? "",
            IsSetupRecipe = root["issetuprecipe"] is JsonValue setup && setup.TryGetValue<bool>(out var isSetup) && isSetup,
            Categories = Strings(root, "categories"),
            Tags = Strings(root, "tags"),
            Source = source,
            Json = root,
        };
    }

    private static async Task<string> ReadResourceAsync(Assembly assembly, string resource, CancellationToken cancellationToken)
    {
        await using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    private static string? Text(JsonObject root, string name) =>
        root[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string[] Strings(JsonObject root, string name) =>
        root[name] is JsonArray array ? [.. array.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>()] : [];
}
