using System.Text.Json.Nodes;

namespace PesTor.Data;

/// <summary>Named JSON documents of site-wide state (site settings, ...), read and written in the current transaction.</summary>
public interface IDocumentStore
{
    Task<JsonObject?> LoadAsync(string name, CancellationToken cancellationToken = default);

    Task SaveAsync(string name, JsonObject document, CancellationToken cancellationToken = default);
}
