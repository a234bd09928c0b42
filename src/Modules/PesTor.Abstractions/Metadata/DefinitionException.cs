namespace PesTor.Metadata;

/// <summary>A definition that cannot be stored: unknown field kind, missing part, bad name. The message says which.</summary>
public sealed class DefinitionException(string message, string? path = null) : Exception(message)
{
    /// <summary>Where in the definitions the problem is, e.g. "ContentParts[Entity].Fields[Nip].FieldKind".</summary>
    public string? Path { get; } = path;
}
