using PesTor.Metadata;

namespace PesTor.Contents.Metadata;

/// <summary>The process-wide copy of the definitions document; replaced whole, never mutated.</summary>
internal sealed class ContentDefinitionCache
{
    private volatile ContentDefinitionDocument? _document;

    public ContentDefinitionDocument? Document => _document;

    public void Set(ContentDefinitionDocument document) => _document = document;
}
