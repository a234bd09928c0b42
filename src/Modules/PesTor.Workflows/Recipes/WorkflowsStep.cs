using System.Text.Json;
using System.Text.Json.Nodes;
using PesTor.Recipes;
using PesTor.Workflows.Models;
using PesTor.Workflows.Services;

namespace PesTor.Workflows.Recipes;

/// <summary>
/// <c>Workflows</c>: workflow types upserted by id (<c>"WorkflowTypes": [ ... ]</c>), each checked like the admin editor
/// checks it. A type that is already stored the same is left alone, so running the recipe again changes nothing.
/// </summary>
internal sealed class WorkflowsStep(WorkflowTypeStore store, WorkflowTypeValidator validator) : IRecipeStepHandler
{
    public string Name => "Workflows";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["WorkflowTypes"] is not JsonArray list)
        {
            throw new RecipeStepException("WorkflowTypes", "The Workflows step needs a WorkflowTypes array.");
        }

        for (var i = 0; i < list.Count; i++)
        {
            WorkflowType? type;
            try
            {
                type = list[i]?.Deserialize<WorkflowType>(WorkflowTypeStore.Json);
            }
            catch (JsonException ex)
            {
                throw new RecipeStepException($"WorkflowTypes[{i}]{(ex.Path is { Length: > 1 } p ? p[1..].Insert(0, ".") : "")}", $"Not a workflow type: {ex.Message}");
            }

            if (type is null)
            {
                throw new RecipeStepException($"WorkflowTypes[{i}]", "A workflow type must be a JSON object.");
            }

            var errors = await validator.ValidateAsync(type, cancellationToken);
            if (errors.Count > 0)
            {
                throw new RecipeStepException($"WorkflowTypes[{i}].{errors[0].Path}", string.Join(" ", errors.Select(e => $"{e.Path}: {e.Message}")));
            }

            await store.SaveAsync(type, cancellationToken);
        }
    }
}
