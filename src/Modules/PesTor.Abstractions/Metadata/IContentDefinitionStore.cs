namespace PesTor.Metadata;

/// <summary>Storage of the definitions document (implemented by the data module).</summary>
public interface IContentDefinitionStore
{
    Task<ContentDefinitionDocument?> LoadAsync(CancellationToken cancellationToken = default);

    Task SaveAsync(ContentDefinitionDocument document, CancellationToken cancellationToken = default);

    /// <summary>Reads only the identifier, to tell whether a cached copy is still current (other nodes may write).</summary>
    Task<string?> GetIdentifierAsync(CancellationToken cancellationToken = default);
}
