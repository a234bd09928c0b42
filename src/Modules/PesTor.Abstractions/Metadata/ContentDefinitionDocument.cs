namespace PesTor.Metadata;

/// <summary>All definitions as one document; <see cref="Identifier"/> changes on every write so caches can key on it.</summary>
public sealed class ContentDefinitionDocument
{
    public string Identifier { get; set; } = "";

    public List<ContentTypeDefinition> ContentTypes { get; set; } = [];

    public List<ContentPartDefinition> ContentParts { get; set; } = [];

    public ContentTypeDefinition? FindType(string name) =>
        ContentTypes.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));

    public ContentPartDefinition? FindPart(string name) =>
        ContentParts.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}
