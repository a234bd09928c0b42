using System.Text.Json;
using System.Text.Json.Nodes;
using PesTor.ContentFields;
using PesTor.ContentManagement;

namespace PesTor.GraphQL.Services;

/// <summary>Reads a field's value from an item's JSON in the shape the schema's output type expects.</summary>
internal static class FieldValueReader
{
    public static object? Read(ContentItem item, FieldShape shape)
    {
        var node = item.Content[shape.Part]?[shape.Field];
        if (node is null)
        {
            return null;
        }

        if (shape.Flat)
        {
            return shape.Kind switch
            {
                FieldKinds.Numeric => node.GetValue<decimal>(),
                FieldKinds.DateTime => node.Deserialize<DateTime?>(ContentJson.Options),
                FieldKinds.Text or FieldKinds.Html => node.GetValue<string>(),
                _ => Typed(node, shape.Kind),
            };
        }

        return Typed(node, shape.Kind);
    }

    private static object? Typed(JsonNode node, string kind) => kind switch
    {
        FieldKinds.Text => node.Deserialize<TextField>(ContentJson.Options)?.Text,
        FieldKinds.Html => node.Deserialize<HtmlField>(ContentJson.Options)?.Html,
        FieldKinds.Numeric => node.Deserialize<NumericField>(ContentJson.Options)?.Value,
        FieldKinds.Boolean => node.Deserialize<BooleanField>(ContentJson.Options)?.Value,
        FieldKinds.Date => node.Deserialize<DateField>(ContentJson.Options)?.Value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        FieldKinds.DateTime => node.Deserialize<DateTimeField>(ContentJson.Options)?.Value,
        FieldKinds.ContentPicker => node.Deserialize<ContentPickerField>(ContentJson.Options),
        FieldKinds.Taxonomy => node.Deserialize<TaxonomyField>(ContentJson.Options),
        FieldKinds.Link => node.Deserialize<LinkField>(ContentJson.Options),
        FieldKinds.Media => node.Deserialize<MediaField>(ContentJson.Options)?.Paths,
        FieldKinds.GeoPoint => node.Deserialize<GeoPointField>(ContentJson.Options),
        _ => null,
    };
}
