using PesTor.Metadata;
using PesTor.Recipes;

namespace PesTor.Recipes.Steps;

/// <summary><c>ContentDefinition</c>: types and parts, stored in one write (replacing same-named ones).</summary>
internal sealed class ContentDefinitionStep(IContentDefinitionManager definitions) : IRecipeStepHandler
{
    public string Name => "ContentDefinition";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var types = StepJson.Array(context.Step, "ContentTypes", required: false)
            .Select((node, i) => StepJson.Deserialize<ContentTypeDefinition>(node, $"ContentTypes[{i}]")).ToList();
        var parts = StepJson.Array(context.Step, "ContentParts", required: false)
            .Select((node, i) => StepJson.Deserialize<ContentPartDefinition>(node, $"ContentParts[{i}]")).ToList();

        // Unchanged definitions are not written again, so a second run leaves the identifier (and caches) alone.
        var document = await definitions.GetDocumentAsync(cancellationToken);
        var changedTypes = types.Where(t => !Same(document.FindType(t.Name), t)).ToList();
        var changedParts = parts.Where(p => !Same(document.FindPart(p.Name), p)).ToList();
        if (changedTypes.Count > 0 || changedParts.Count > 0)
        {
            await definitions.StoreAsync(changedTypes, changedParts, cancellationToken);
        }
    }

    private static bool Same<T>(T? stored, T wanted) where T : class =>
        stored is not null && System.Text.Json.Nodes.JsonNode.DeepEquals(
            System.Text.Json.JsonSerializer.SerializeToNode(stored, ContentManagement.ContentJson.Options),
            System.Text.Json.JsonSerializer.SerializeToNode(wanted, ContentManagement.ContentJson.Options));
}
