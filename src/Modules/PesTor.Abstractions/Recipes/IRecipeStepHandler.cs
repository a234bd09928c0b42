namespace PesTor.Recipes;

/// <summary>
/// Runs one kind of recipe step (its <see cref="Name"/>, e.g. "ContentDefinition"). Steps run in order inside one
/// transaction as the system; a handler must be idempotent: running the same step twice changes nothing the second time.
/// </summary>
public interface IRecipeStepHandler
{
    string Name { get; }

    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
