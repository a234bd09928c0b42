using System.Text.Json;
using System.Text.Json.Nodes;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Contents.Fields;
using PesTor.Contents.Parts;
using PesTor.Metadata;

namespace PesTor.Tests.Unit.TestDoubles;

/// <summary>Builds items and the contexts field kinds and part handlers run in.</summary>
internal static class Contexts
{
    public const string Type = "Entity";

    public static ContentItem Item(string id = "item-1", string type = Type) => new() { ContentType = type, ContentItemId = id };

    /// <summary>A context for field <paramref name="field"/> of the type's own part, with the given settings.</summary>
    public static FieldValueContext Field(ContentItem item, string field, string kind, object? settings = null) =>
        new(item, item.ContentType, new ContentPartFieldDefinition { Name = field, FieldKind = kind, Settings = ToJson(settings) }, new ContentValidationResult());

    public static PartContext Part(ContentItem item, string partName, object? settings = null) =>
        new(item, new ContentTypePartDefinition { Name = partName, PartName = partName, Settings = ToJson(settings) }, new ContentValidationResult());

    public static ContentItem Taxonomy(string id, params string[] termIds) =>
        Item(id, "Taxonomy").Apply(new TaxonomyPart { Terms = termIds.Select(t => new TaxonomyTerm { Id = t, Name = t, Slug = t }).ToList() });

    public static IReadOnlyList<string> Messages(this FieldValueContext context) => context.Result.Errors.Select(e => e.Message).ToList();

    public static IReadOnlyList<string> Messages(this PartContext context) => context.Result.Errors.Select(e => e.Message).ToList();

    private static JsonObject ToJson(object? settings) =>
        settings is null ? [] : JsonSerializer.SerializeToNode(settings, ContentJson.Options)!.AsObject();
}
