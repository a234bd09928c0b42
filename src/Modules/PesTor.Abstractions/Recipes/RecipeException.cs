namespace PesTor.Recipes;

/// <summary>A recipe failed; nothing it did was kept. The message names the step and the JSON path.</summary>
public sealed class RecipeException(string recipeName, int? stepIndex, string? stepName, string path, string detail, Exception? inner = null)
    : Exception(
        stepIndex is null
            ? $"Recipe '{recipeName}' is not valid at {path}: {detail}"
            : $"Recipe '{recipeName}' failed in step {stepIndex} ({stepName}) at {path}: {detail}",
        inner)
{
    public string RecipeName { get; } = recipeName;

    public int? StepIndex { get; } = stepIndex;

    public string? StepName { get; } = stepName;

    /// <summary>The JSON path in the recipe, e.g. "steps[2].Data[5].Entity.Nip".</summary>
    public string Path { get; } = path;

    public string Detail { get; } = detail;
}
