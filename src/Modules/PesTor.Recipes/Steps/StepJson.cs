using System.Text.Json;
using System.Text.Json.Nodes;
using PesTor.ContentManagement;
using PesTor.Recipes;

namespace PesTor.Recipes.Steps;

/// <summary>Reads typed values out of a step, turning shape errors into messages with the JSON path.</summary>
internal static class StepJson
{
    public static JsonArray Array(JsonObject step, string property, bool required = true) => step[property] switch
    {
        JsonArray array => array,
        null when !required => [],
        null => throw new RecipeStepException(property, $"The step needs a '{property}' array."),
        _ => throw new RecipeStepException(property, $"'{property}' must be an array."),
    };

    public static T Deserialize<T>(JsonNode? node, string path)
    {
        try
        {
            return node.Deserialize<T>(ContentJson.Options) ?? throw new RecipeStepException(path, "A value is required here.");
        }
        catch (JsonException ex)
        {
            throw new RecipeStepException(ex.Path is { Length: > 1 } inner ? path + inner[1..] : path, $"The value has the wrong shape: {ex.Message}");
        }
    }

    public static string? Text(JsonObject node, string property) =>
        node[property] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    public static bool? Bool(JsonObject node, string property) =>
        node[property] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;
}
