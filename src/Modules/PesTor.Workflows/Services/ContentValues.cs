using System.Globalization;
using System.Text.Json.Nodes;
using PesTor.ContentManagement;

namespace PesTor.Workflows.Services;

/// <summary>
/// Reads a field of an item as text for conditions and templates, whatever its kind: Text's text, a number, a boolean
/// ("true"/"false"), a date, picked item ids or term ids (several values for many-valued fields).
/// </summary>
public static class ContentValues
{
    private static readonly string[] ValueProperties = ["Text", "Value", "Html", "Url", "ContentItemIds", "TermContentItemIds", "Paths"];

    public static IReadOnlyList<string> Read(ContentItem item, string path)
    {
        switch (path)
        {
            case "DisplayText":
                return [item.DisplayText];
            case "Owner":
                return item.Owner is null ? [] : [item.Owner];
            case "ContentType":
                return [item.ContentType];
        }

        var dot = path.IndexOf('.');
        if (dot <= 0 || item.Content[path[..dot]]?[path[(dot + 1)..]] is not { } node)
        {
            return [];
        }

        if (node is JsonObject field)
        {
            foreach (var property in ValueProperties)
            {
                if (field[property] is { } value)
                {
                    return Flatten(value);
                }
            }

            return [];
        }

        // Shared parts keep plain properties (AddressPart.City, EventPart.StartDate).
        return Flatten(node);
    }

    private static IReadOnlyList<string> Flatten(JsonNode value) => value switch
    {
        JsonArray array => array.Where(v => v is not null).Select(v => Scalar(v!)).ToList(),
        _ => Scalar(value) is { Length: > 0 } text ? [text] : [],
    };

    private static string Scalar(JsonNode value)
    {
        if (value is not JsonValue scalar)
        {
            return value.ToJsonString();
        }

        if (scalar.TryGetValue<bool>(out var boolean))
        {
            return boolean ? "true" : "false";
        }

        if (scalar.TryGetValue<decimal>(out var number))
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        return scalar.ToString();
    }
}
