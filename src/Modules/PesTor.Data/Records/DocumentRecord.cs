namespace PesTor.Data.Records;

/// <summary>A named JSON document of site-wide state (content definitions, settings), with an identifier that changes on write.</summary>
public sealed class DocumentRecord
{
    public string Name { get; set; } = "";

    public string Identifier { get; set; } = "";

    public string Content { get; set; } = "{}";
}
