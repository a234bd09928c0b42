using System.Text.Json.Nodes;
using PesTor.Data;
using PesTor.Recipes;

namespace PesTor.Recipes.Steps;

/// <summary><c>Settings</c>: site-wide values (site name, contact, ...) merged into the SiteSettings document.</summary>
internal sealed class SettingsStep(IDocumentStore documents) : IRecipeStepHandler
{
    public const string DocumentName = "SiteSettings";

    public string Name => "Settings";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var settings = await documents.LoadAsync(DocumentName, cancellationToken) ?? [];
        var changed = false;
        foreach (var (key, value) in context.Step)
        {
            if (key == "name" || JsonNode.DeepEquals(settings[key], value))
            {
                continue;
            }

            settings[key] = value?.DeepClone();
            changed = true;
        }

        if (changed)
        {
            await documents.SaveAsync(DocumentName, settings, cancellationToken);
        }
    }
}
