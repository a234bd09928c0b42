namespace PesTor.Metadata;

/// <summary>Reads and writes content definitions. Reads come from a cache keyed by the document identifier.</summary>
public interface IContentDefinitionManager
{
    /// <summary>The current document (cached; never mutate the returned instance).</summary>
    Task<ContentDefinitionDocument> GetDocumentAsync(CancellationToken cancellationToken = default);

    Task<ContentTypeDefinition?> GetTypeDefinitionAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Replaces (or adds) the given types and parts in one write, after checking them; returns the new identifier.</summary>
    Task<string> StoreAsync(
        IEnumerable<ContentTypeDefinition> types,
        IEnumerable<ContentPartDefinition> parts,
        CancellationToken cancellationToken = default);
}
