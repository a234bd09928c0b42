using System.Text.Json;
using System.Text.Json.Nodes;

namespace PesTor.ContentManagement;

/// <summary>Typed views over the JSON of a content item (Orchard's <c>As&lt;TPart&gt;()</c> idea).</summary>
public static class ContentItemExtensions
{
    public static T? As<T>(this ContentItem item) where T : class => item.Get<T>(typeof(T).Name);

    public static T? Get<T>(this ContentItem item, string name) where T : class =>
        item.Content[name] is JsonObject node ? node.Deserialize<T>(ContentJson.Options) : null;

    /// <summary>Reads field <paramref name="field"/> of part <paramref name="part"/> as a typed value.</summary>
    public static T? GetField<T>(this ContentItem item, string part, string field) where T : class =>
        item.Content[part]?[field] is JsonObject node ? node.Deserialize<T>(ContentJson.Options) : null;

    /// <summary>
    /// One text property of a part (<c>AutoroutePart.Path</c>, <c>AddressPart.City</c>) read straight from the JSON. List
    /// pages read one or two per item, and deserializing the whole part for each was a visible share of a page's CPU.
    /// Names match as <see cref="ContentJson.Options"/> match them: exactly first, then ignoring case.
    /// </summary>
    public static string? GetText(this ContentItem item, string part, string property)
    {
        if (item.Content[part] is not JsonObject node)
        {
            return null;
        }

        if (!node.TryGetPropertyValue(property, out var value))
        {
            value = node.FirstOrDefault(p => string.Equals(p.Key, property, StringComparison.OrdinalIgnoreCase)).Value;
        }

        return value is JsonValue text && text.TryGetValue<string>(out var result) ? result : null;
    }

    /// <summary>Writes a typed part under its own name, replacing what was there.</summary>
    public static ContentItem Apply<T>(this ContentItem item, T part) where T : class => item.Apply(typeof(T).Name, part);

    public static ContentItem Apply<T>(this ContentItem item, string name, T value) where T : class
    {
        item.Content[name] = JsonSerializer.SerializeToNode(value, ContentJson.Options);
        return item;
    }

    /// <summary>Writes a field value inside a part, creating the part object when missing.</summary>
    public static ContentItem ApplyField<T>(this ContentItem item, string part, string field, T value) where T : class
    {
        if (item.Content[part] is not JsonObject partNode)
        {
            partNode = [];
            item.Content[part] = partNode;
        }

        partNode[field] = JsonSerializer.SerializeToNode(value, ContentJson.Options);
        return item;
    }
}
