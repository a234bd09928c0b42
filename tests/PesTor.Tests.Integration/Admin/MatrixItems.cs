using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Metadata;

namespace PesTor.Tests.Integration.Admin;

/// <summary>
/// The smallest valid item of any type of the Toruń model: a title and a value for every required field, chosen from the
/// field's settings (an option, a term of its taxonomy, an item of an allowed type). Runs as the system.
/// </summary>
public sealed class MatrixItems(IServiceProvider services)
{
    private readonly IContentManager _contents = services.GetRequiredService<IContentManager>();
    private readonly Dictionary<string, string> _pickable = [];

    public async Task<ContentItem> CreateAsync(string type, string? owner, bool publish)
    {
        var document = await services.GetRequiredService<IContentDefinitionManager>().GetDocumentAsync();
        var item = await _contents.NewAsync(type);
        item.Owner = owner;
        if (document.FindType(type)!.HasPart(PartNames.Title))
        {
            item.Apply(new TitlePart { Title = $"Macierz {type} {Guid.NewGuid().ToString("N")[..8]}" });
        }

        // Required fields of the type's own part and of attached parts that carry fields (a widget's WidgetPlacement).
        foreach (var typePart in document.FindType(type)!.Parts)
        {
            foreach (var field in document.FindPart(typePart.PartName)?.Fields.Where(f => f.Settings["Required"]?.GetValue<bool>() == true) ?? [])
            {
                item.Content[typePart.Name] ??= new JsonObject();
                item.Content[typePart.Name]![field.Name] = await ValueAsync(field);
            }
        }

        await _contents.CreateAsync(item, publish);
        return item;
    }

    private async Task<JsonNode?> ValueAsync(ContentPartFieldDefinition field)
    {
        switch (field.FieldKind)
        {
            case FieldKinds.Taxonomy:
                var taxonomyId = field.Settings["TaxonomyContentItemId"]!.GetValue<string>();
                var taxonomy = await _contents.GetAsync(taxonomyId, VersionOptions.Latest);
                return Node(new TaxonomyField { TaxonomyContentItemId = taxonomyId, TermContentItemIds = [taxonomy!.As<TaxonomyPart>()!.Terms[0].Id] });
            case FieldKinds.ContentPicker:
                var allowed = field.Settings["DisplayedContentTypes"]?.AsArray().Select(t => t!.GetValue<string>()).FirstOrDefault() ?? "Entity";
                return Node(new ContentPickerField { ContentItemIds = [await PickableAsync(allowed)] });
            case FieldKinds.Text when field.Settings["Pattern"] is not null:
                // A pattern cannot be inverted in general; the model has one required patterned field, the map's layers.
                return Node(new TextField { Text = field.Name == "Layers" ? "entities" : throw new InvalidOperationException($"No value for the pattern of {field.Name}.") });
            case FieldKinds.Text:
                var options = field.Settings["Options"]?.AsArray();
                return Node(new TextField { Text = options is { Count: > 0 } ? options[0]!["Value"]!.GetValue<string>() : "tekst" });
            case FieldKinds.Numeric:
                return Node(new NumericField { Value = field.Settings["Minimum"]?.GetValue<decimal>() ?? 1 });
            case FieldKinds.Date:
                return Node(new DateField { Value = new DateOnly(2014, 1, 1) });
            case FieldKinds.DateTime:
                return Node(new DateTimeField { Value = new DateTime(2014, 1, 1, 10, 0, 0, DateTimeKind.Utc) });
            case FieldKinds.Boolean:
                return Node(new BooleanField { Value = true });
            default:
                throw new InvalidOperationException($"The matrix has no value for a required {field.FieldKind} ({field.Name}).");
        }
    }

    /// <summary>One published item per type that pickers point at, made once.</summary>
    private async Task<string> PickableAsync(string type)
    {
        if (!_pickable.TryGetValue(type, out var id))
        {
            id = (await CreateAsync(type, owner: null, publish: true)).ContentItemId;
            _pickable[type] = id;
        }

        return id;
    }

    private static JsonNode? Node<T>(T value) where T : class => System.Text.Json.JsonSerializer.SerializeToNode(value, ContentJson.Options);
}
