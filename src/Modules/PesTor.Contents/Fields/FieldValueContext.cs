using System.Text.Json;
using System.Text.Json.Nodes;
using PesTor.ContentManagement;
using PesTor.Metadata;

namespace PesTor.Contents.Fields;

/// <summary>One field value of one item being validated or indexed.</summary>
public sealed class FieldValueContext(ContentItem item, string partName, ContentPartFieldDefinition field, ContentValidationResult result)
{
    public ContentItem Item { get; } = item;

    /// <summary>The part's name on the item (a type's own fields: the type name).</summary>
    public string PartName { get; } = partName;

    public ContentPartFieldDefinition Field { get; } = field;

    public ContentValidationResult Result { get; } = result;

    /// <summary>"Part.Field", how errors and filters name the field.</summary>
    public string Path => $"{PartName}.{Field.Name}";

    /// <summary>The stored JSON object of the field, or null when absent.</summary>
    public JsonObject? Value => Item.Content[PartName]?[Field.Name] as JsonObject;

    /// <summary>The value read as the kind's typed shape; null when absent or unreadable (and an error is added).</summary>
    public T? Read<T>() where T : class
    {
        if (Item.Content[PartName]?[Field.Name] is not { } node)
        {
            return null;
        }

        try
        {
            return node.Deserialize<T>(ContentJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            Fail($"The value has the wrong shape for a {Field.FieldKind}: {ex.Message}");
            return null;
        }
    }

    public T Settings<T>() where T : class, new() => Field.Settings.Deserialize<T>(ContentJson.Options) ?? new T();

    public void Fail(string message) => Result.Fail(Path, message);

    /// <summary>Writes back a normalized value.</summary>
    public void Replace<T>(T value) where T : class => Item.ApplyField(PartName, Field.Name, value);
}
