using System.Text.Json;
using System.Text.Json.Nodes;
using PesTor.ContentManagement;
using PesTor.Metadata;

namespace PesTor.Contents.Parts;

/// <summary>One part of one item being prepared, validated or indexed.</summary>
public sealed class PartContext(ContentItem item, ContentTypePartDefinition typePart, ContentValidationResult result)
{
    public ContentItem Item { get; } = item;

    public ContentTypePartDefinition TypePart { get; } = typePart;

    /// <summary>The name the part is stored under on the item.</summary>
    public string Name => TypePart.Name;

    public ContentValidationResult Result { get; } = result;

    public T? Read<T>() where T : class
    {
        if (Item.Content[Name] is not JsonObject node)
        {
            return null;
        }

        try
        {
            return node.Deserialize<T>(ContentJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            Result.Fail(Name, $"The part has the wrong shape: {ex.Message}");
            return null;
        }
    }

    public T Settings<T>() where T : class, new() => TypePart.Settings.Deserialize<T>(ContentJson.Options) ?? new T();

    public void Fail(string property, string message) => Result.Fail($"{Name}.{property}", message);

    public void Replace<T>(T part) where T : class => Item.Apply(Name, part);
}
