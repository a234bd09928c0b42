using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PesTor.ContentManagement;
using PesTor.Data;
using PesTor.Metadata;
using PesTor.Recipes;
using PesTor.Security;

namespace PesTor.Recipes.Services;

/// <summary>
/// Runs a recipe's steps in order in one transaction, as the system in import mode. Any failure rolls everything back
/// and is reported as a <see cref="RecipeException"/> naming the step index, its name and the JSON path.
/// </summary>
internal sealed partial class RecipeExecutor(
    IEnumerable<IRecipeStepHandler> handlers,
    IUnitOfWork unitOfWork,
    ICallerAccessor callers,
    ILogger<RecipeExecutor> logger) : IRecipeExecutor
{
    private readonly Dictionary<string, IRecipeStepHandler> _handlers = handlers.ToDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase);

    public async Task ExecuteAsync(RecipeDescriptor recipe, IReadOnlyDictionary<string, string>? parameters = null, CancellationToken cancellationToken = default)
    {
        var steps = (JsonArray)recipe.Json["steps"]!;
        var values = RecipeParameters.Collect(recipe.Json, parameters ?? new Dictionary<string, string>());

        // Check every step's name before running any, so a typo late in the recipe fails fast.
        var plan = new List<(JsonObject Step, IRecipeStepHandler Handler)>();
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not JsonObject step)
            {
                throw new RecipeException(recipe.Name, i, null, $"steps[{i}]", "A step must be a JSON object.");
            }

            var name = step["name"] is JsonValue v && v.TryGetValue<string>(out var n) ? n : null;
            if (name is null || !_handlers.TryGetValue(name, out var handler))
            {
                throw new RecipeException(recipe.Name, i, name, $"steps[{i}].name",
                    name is null ? "A step needs a name." : $"Unknown step '{name}'. Known steps: {string.Join(", ", _handlers.Keys.Order(StringComparer.Ordinal))}.");
            }

            plan.Add((step, handler));
        }

        using var import = callers.BeginImportScope();
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        for (var i = 0; i < plan.Count; i++)
        {
            var (step, handler) = plan[i];
            try
            {
                await handler.ExecuteAsync(new RecipeStepContext(RecipeParameters.Apply(step, values), i, recipe.Name, values), cancellationToken);
            }
            catch (RecipeStepException ex)
            {
                throw Failure(recipe, i, handler.Name, ex.Path, ex.Message, ex);
            }
            catch (DefinitionException ex)
            {
                throw Failure(recipe, i, handler.Name, ex.Path ?? "", ex.Message, ex);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        LogExecuted(logger, recipe.Name, plan.Count);
    }

    private RecipeException Failure(RecipeDescriptor recipe, int index, string stepName, string path, string detail, Exception inner)
    {
        LogFailed(logger, recipe.Name, index, stepName, detail);
        var fullPath = string.IsNullOrEmpty(path) ? $"steps[{index}]" : $"steps[{index}].{path}";
        return new RecipeException(recipe.Name, index, stepName, fullPath, detail, inner);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recipe {Recipe} ran {Steps} step(s).")]
    private static partial void LogExecuted(ILogger logger, string recipe, int steps);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recipe {Recipe} failed in step {Index} ({Step}): {Detail}")]
    private static partial void LogFailed(ILogger logger, string recipe, int index, string step, string detail);
}
