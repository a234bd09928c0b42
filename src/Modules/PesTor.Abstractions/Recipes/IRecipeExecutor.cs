namespace PesTor.Recipes;

public interface IRecipeExecutor
{
    /// <summary>
    /// Runs every step in order in one transaction, as the system and in import mode (workflows hold back).
    /// Throws <see cref="RecipeException"/> naming the failing step and path; then nothing is kept.
    /// </summary>
    Task ExecuteAsync(RecipeDescriptor recipe, IReadOnlyDictionary<string, string>? parameters = null, CancellationToken cancellationToken = default);
}

public interface IRecipeHarvester
{
    /// <summary>Every recipe in the recipes folder and in modules, by name.</summary>
    Task<IReadOnlyList<RecipeDescriptor>> HarvestAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads one recipe's JSON; a file that is not a valid recipe throws <see cref="RecipeException"/>.</summary>
    RecipeDescriptor Parse(string json, string source);
}
