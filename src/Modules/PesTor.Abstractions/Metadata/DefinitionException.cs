namespace PesTor.Metadata;

/// <summary>A definition that cannot be stored: unknown field kind, missing part, bad name. The message says which.</summary>
public sealed class DefinitionException(string message) : Exception(message);
