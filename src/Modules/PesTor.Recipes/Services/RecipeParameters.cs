using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PesTor.Recipes;

namespace PesTor.Recipes.Services;

/// <summary>
/// Fills <c>{{ Name }}</c> placeholders in a step's string values from the recipe's parameters (given when the recipe is
/// started, e.g. the site name at setup) and its <c>variables</c>. An unknown name is an error with its JSON path.
/// </summary>
internal static partial class RecipeParameters
{
    public static JsonObject Apply(JsonObject step, IReadOnlyDictionary<string, string> values)
    {
        var copy = (JsonObject)step.DeepClone();
        Replace(copy, "", values);
        return copy;
    }

    public static Dictionary<string, string> Collect(JsonObject recipe, IReadOnlyDictionary<string, string> parameters)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (recipe["variables"] is JsonObject variables)
        {
            foreach (var (name, value) in variables)
            {
                if (value is JsonValue text && text.TryGetValue<string>(out var s))
                {
                    values[name] = s;
                }
            }
        }

        foreach (var (name, value) in parameters)
        {
            values[name] = value;
        }

        return values;
    }

    private static void Replace(JsonNode node, string path, IReadOnlyDictionary<string, string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (child is JsonValue value && value.TryGetValue<string>(out var text) && Placeholder().IsMatch(text))
                    {
                        obj[name] = Fill(text, Join(path, name), values);
                    }
                    else if (child is not null)
                    {
                        Replace(child, Join(path, name), values);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text) && Placeholder().IsMatch(text))
                    {
                        array[i] = Fill(text, $"{path}[{i}]", values);
                    }
                    else if (array[i] is { } child)
                    {
                        Replace(child, $"{path}[{i}]", values);
                    }
                }

                break;
        }
    }

    private static string Fill(string text, string path, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? value
            : throw new RecipeStepException(path, $"The recipe uses '{{{{ {match.Groups[1].Value} }}}}', which no parameter or variable gives."));

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    [GeneratedRegex(@"\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex Placeholder();
}
