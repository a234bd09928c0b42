using System.Text.Json.Nodes;

namespace PesTor.Recipes;

/// <summary>One step being run: its JSON, where it stands in the recipe, and the recipe's parameters.</summary>
public sealed class RecipeStepContext(JsonObject step, int index, string recipeName, IReadOnlyDictionary<string, string> parameters)
{
    public JsonObject Step { get; } = step;

    public int Index { get; } = index;

    public string RecipeName { get; } = recipeName;

    /// <summary>Values given when the recipe was started (site name, sample-data choice, ...).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; } = parameters;
}
