using System.Text.Json.Nodes;

namespace PesTor.Metadata;

/// <summary>A content type: its settings and the parts it is made of (its own fields live in a part named after it).</summary>
public sealed class ContentTypeDefinition
{
    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public ContentTypeSettings Settings { get; set; } = new();

    public List<ContentTypePartDefinition> Parts { get; set; } = [];

    public ContentTypePartDefinition? FindPart(string name) =>
        Parts.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    public bool HasPart(string partName) => Parts.Any(p => string.Equals(p.PartName, partName, StringComparison.Ordinal));
}

/// <summary>A part placed on a type. <see cref="Name"/> is how it is stored on items; <see cref="PartName"/> its definition.</summary>
public sealed class ContentTypePartDefinition
{
    public string Name { get; set; } = "";

    public string PartName { get; set; } = "";

    public JsonObject Settings { get; set; } = [];
}

public sealed class ContentTypeSettings
{
    public bool Creatable { get; set; } = true;

    public bool Listable { get; set; } = true;

    public bool Draftable { get; set; } = true;

    public bool Versionable { get; set; } = true;

    /// <summary>Securable types get per-type permissions (View_Type, Edit_Type, ...).</summary>
    public bool Securable { get; set; } = true;

    /// <summary>e.g. "Widget" or "Taxonomy"; a type with a stereotype is not a page of its own.</summary>
    public string? Stereotype { get; set; }

    public string? Description { get; set; }
}
