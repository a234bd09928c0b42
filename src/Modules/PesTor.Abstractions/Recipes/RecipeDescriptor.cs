using System.Text.Json.Nodes;

namespace PesTor.Recipes;

/// <summary>A recipe as found: its header (Orchard's format) and its raw JSON.</summary>
public sealed class RecipeDescriptor
{
    public string Name { get; init; } = "";

    public string DisplayName { get; init; } = "";

    public string Description { get; init; } = "";

    public string Author { get; init; } = "";

    public string Version { get; init; } = "";

    public bool IsSetupRecipe { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Where it was found (a file path or a module resource), for messages.</summary>
    public string Source { get; init; } = "";

    public JsonObject Json { get; init; } = [];
}
