namespace PesTor.Recipes;

/// <summary>
/// A step's input is wrong. <see cref="Path"/> is relative to the step ("Data[3].Entity.Nip"); the executor prefixes the
/// step's own place, so the final message names the step index and the full JSON path.
/// </summary>
public sealed class RecipeStepException(string path, string message) : Exception(message)
{
    public string Path { get; } = path;
}
