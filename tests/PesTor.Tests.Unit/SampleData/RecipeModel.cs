using System.Text.Json;
using System.Text.Json.Nodes;
using PesTor.ContentManagement;
using PesTor.Metadata;

namespace PesTor.Tests.Unit.SampleData;

/// <summary>The content definitions and taxonomies of recipes/pestor-torun.recipe.json, read from the repository.</summary>
internal sealed class RecipeModel : IContentDefinitionManager
{
    private readonly ContentDefinitionDocument _document;

    private RecipeModel(ContentDefinitionDocument document, IReadOnlyList<ContentItem> taxonomies)
    {
        _document = document;
        Taxonomies = taxonomies;
    }

    public IReadOnlyList<ContentItem> Taxonomies { get; }

    public static RecipeModel Load()
    {
        var recipe = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "recipes", "pestor-torun.recipe.json")))!.AsObject();
        var definition = Step(recipe, "ContentDefinition");
        var document = new ContentDefinitionDocument
        {
            Identifier = "recipe",
            ContentTypes = definition["ContentTypes"].Deserialize<List<ContentTypeDefinition>>(ContentJson.Options)!,
            ContentParts = definition["ContentParts"].Deserialize<List<ContentPartDefinition>>(ContentJson.Options)!,
        };
        var taxonomies = Step(recipe, "Content")["Data"]!.AsArray().Select(n => n!.AsObject()).Select(data =>
        {
            var item = new ContentItem { ContentItemId = data["ContentItemId"]!.GetValue<string>(), ContentType = data["ContentType"]!.GetValue<string>() };
            foreach (var (name, node) in data.Where(p => p.Key is not ("ContentItemId" or "ContentType")))
            {
                item.Content[name] = node!.DeepClone();
            }

            return item;
        }).ToList();
        return new RecipeModel(document, taxonomies);
    }

    public Task<ContentDefinitionDocument> GetDocumentAsync(CancellationToken cancellationToken = default) => Task.FromResult(_document);

    public Task<ContentTypeDefinition?> GetTypeDefinitionAsync(string name, CancellationToken cancellationToken = default) =>
        Task.FromResult(_document.FindType(name));

    public Task<string> StoreAsync(IEnumerable<ContentTypeDefinition> types, IEnumerable<ContentPartDefinition> parts, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The recipe model is read-only.");

    /// <summary>The first step of that name (the recipe's first Content step holds the taxonomies).</summary>
    private static JsonObject Step(JsonObject recipe, string name) =>
        recipe["steps"]!.AsArray().First(s => s!["name"]!.GetValue<string>() == name)!.AsObject();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PesTor.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("PesTor.sln was not found above " + AppContext.BaseDirectory);
    }
}
