using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PesTor.Recipes.SampleData;

/// <summary>
/// The <c>SampleData</c> step's properties, all optional: <c>Seed</c>, the counts (<c>Entities</c>, <c>Equipment</c>,
/// <c>Offers</c>, <c>Needs</c>, <c>Premises</c>, <c>SupportPoints</c>, <c>CultureCards</c>), <c>Accounts</c> (true) and
/// <c>AccountPassword</c>, and <c>Validate</c> (true: every item runs through the field kinds' validation; false skips it
/// for benchmark databases of hundreds of thousands of items — the generator's output is proven valid by its tests).
/// Numbers may be given as JSON numbers or as digit strings (recipe parameters are strings).
/// </summary>
internal sealed record SampleDataStepSettings(SampleDataOptions Options, bool Accounts, string AccountPassword, bool Validate = true)
{
    public const string DefaultPassword = "Przykład-2013";

    public static SampleDataStepSettings Parse(JsonObject step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var defaults = new SampleDataOptions();
        var options = defaults with
        {
            Seed = Integer(step, "Seed", defaults.Seed, allowNegative: true),
            Entities = Integer(step, nameof(SampleDataOptions.Entities), defaults.Entities),
            Equipment = Integer(step, nameof(SampleDataOptions.Equipment), defaults.Equipment),
            Offers = Integer(step, nameof(SampleDataOptions.Offers), defaults.Offers),
            Needs = Integer(step, nameof(SampleDataOptions.Needs), defaults.Needs),
            Premises = Integer(step, nameof(SampleDataOptions.Premises), defaults.Premises),
            SupportPoints = Integer(step, nameof(SampleDataOptions.SupportPoints), defaults.SupportPoints),
            CultureCards = Integer(step, nameof(SampleDataOptions.CultureCards), defaults.CultureCards),
        };

        if (options.Problems().FirstOrDefault() is { Property: { } property, Message: { } message })
        {
            throw new RecipeStepException(property, message);
        }

        return new SampleDataStepSettings(options, Boolean(step, "Accounts", true), Password(step), Boolean(step, "Validate", true));
    }

    private static int Integer(JsonObject step, string name, int fallback, bool allowNegative = false)
    {
        if (step[name] is not { } node)
        {
            return fallback;
        }

        int value;
        if (node is JsonValue json && json.GetValueKind() == JsonValueKind.Number && json.TryGetValue<int>(out var number))
        {
            value = number;
        }
        else if (node is JsonValue text && text.TryGetValue<string>(out var s) && int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
        }
        else
        {
            throw new RecipeStepException(name, $"'{name}' must be a whole number, not {node.ToJsonString()}.");
        }

        return value < 0 && !allowNegative ? throw new RecipeStepException(name, $"'{name}' must not be negative (it is {value}).") : value;
    }

    private static bool Boolean(JsonObject step, string name, bool fallback) => step[name] switch
    {
        null => fallback,
        JsonValue v when v.TryGetValue<bool>(out var flag) => flag,
        JsonValue v when v.TryGetValue<string>(out var s) && bool.TryParse(s, out var parsed) => parsed,
        var other => throw new RecipeStepException(name, $"'{name}' must be true or false, not {other.ToJsonString()}."),
    };

    private static string Password(JsonObject step) => step["AccountPassword"] switch
    {
        null => DefaultPassword,
        JsonValue v when v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) => s,
        var other => throw new RecipeStepException("AccountPassword", $"'AccountPassword' must be a non-empty string, not {other.ToJsonString()}."),
    };
}
