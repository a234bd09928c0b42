using System.Text.Json.Nodes;
using PesTor.ContentManagement;
using PesTor.Recipes;

namespace PesTor.Recipes.Steps;

/// <summary>
/// <c>Content</c>: items by content item id, upserted. An item whose recipe values already match is left alone, so running
/// the recipe again changes nothing; otherwise a new version is made and published (unless "Published": false).
/// </summary>
internal sealed class ContentStep(IContentManager contents) : IRecipeStepHandler
{
    private static readonly HashSet<string> Columns = ["ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Published", "Latest", "Owner", "Author", "CreatedUtc", "ModifiedUtc", "PublishedUtc", "ConcurrencyStamp"];

    public string Name => "Content";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var data = StepJson.Array(context.Step, "Data");
        for (var i = 0; i < data.Count; i++)
        {
            var path = $"Data[{i}]";
            if (data[i] is not JsonObject node)
            {
                throw new RecipeStepException(path, "An item must be a JSON object.");
            }

            try
            {
                await UpsertAsync(node, path, cancellationToken);
            }
            catch (ContentValidationException ex)
            {
                var first = ex.Errors[0];
                throw new RecipeStepException($"{path}.{first.Path}", string.Join(" ", ex.Errors.Select(e => $"{e.Path}: {e.Message}")));
            }
        }
    }

    private async Task UpsertAsync(JsonObject node, string path, CancellationToken cancellationToken)
    {
        var id = StepJson.Text(node, "ContentItemId") ?? throw new RecipeStepException($"{path}.ContentItemId", "Every item needs a ContentItemId, so the recipe can run again without duplicates.");
        var type = StepJson.Text(node, "ContentType") ?? throw new RecipeStepException($"{path}.ContentType", "Every item needs a ContentType.");
        var publish = StepJson.Bool(node, "Published") ?? true;
        var parts = Parts(node);

        var existing = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (existing is null)
        {
            var item = await contents.NewAsync(type, cancellationToken);
            item.ContentItemId = id;
            item.Owner = StepJson.Text(node, "Owner");
            item.Content = parts;
            await contents.CreateAsync(item, publish, cancellationToken);
            return;
        }

        if (existing.ContentType != type)
        {
            throw new RecipeStepException($"{path}.ContentType", $"Item '{id}' exists as a {existing.ContentType}, not a {type}.");
        }

        if (Matches(existing, parts) && existing.Published == publish)
        {
            return;
        }

        var draft = (await contents.GetAsync(id, VersionOptions.DraftRequired, cancellationToken))!;
        foreach (var (name, part) in parts)
        {
            draft.Content[name] = part?.DeepClone();
        }

        await contents.UpdateAsync(draft, cancellationToken);
        if (publish)
        {
            await contents.PublishAsync(draft, cancellationToken);
        }
        else
        {
            await contents.UnpublishAsync(draft, cancellationToken);
        }
    }

    /// <summary>True when every value the recipe gives is already stored (values the engine derived are ignored).</summary>
    private static bool Matches(ContentItem existing, JsonObject parts) =>
        parts.All(part => part.Value is JsonObject wanted && existing.Content[part.Key] is JsonObject stored
            && wanted.All(property => JsonNode.DeepEquals(property.Value, stored[property.Key])));

    private static JsonObject Parts(JsonObject node)
    {
        var parts = new JsonObject();
        foreach (var (name, value) in node)
        {
            if (!Columns.Contains(name))
            {
                parts[name] = value?.DeepClone();
            }
        }

        return parts;
    }
}
