using System.Text.Json.Nodes;

namespace PesTor.Metadata;

/// <summary>A part: a named group of fields, and settings for the code behind it when it has any.</summary>
public sealed class ContentPartDefinition
{
    public string Name { get; set; } = "";

    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    public JsonObject Settings { get; set; } = [];

    public List<ContentPartFieldDefinition> Fields { get; set; } = [];

    public ContentPartFieldDefinition? FindField(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}

/// <summary>A field on a part: a field kind (Text, Numeric, ...) and that kind's settings.</summary>
public sealed class ContentPartFieldDefinition
{
    public string Name { get; set; } = "";

    public string FieldKind { get; set; } = "";

    public string? DisplayName { get; set; }

    public JsonObject Settings { get; set; } = [];
}
