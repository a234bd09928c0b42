using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentManagement;
using PesTor.Data;
using PesTor.Metadata;

namespace PesTor.Contents.Metadata;

/// <summary>
/// Definitions from the store, cached for the process (see <see cref="ContentDefinitionCache"/> for how fresh), and fixed
/// for the length of a scope so one request never sees two versions. The store, the unit of work and the validator are
/// resolved when first needed: most requests only read the cached copy, and resolving them built a database context (and
/// the validator) on every request that checked a permission.
/// </summary>
internal sealed class ContentDefinitionManager(IServiceProvider services, ContentDefinitionCache cache) : IContentDefinitionManager
{
    private ContentDefinitionDocument? _scoped;

    public async Task<ContentDefinitionDocument> GetDocumentAsync(CancellationToken cancellationToken = default)
    {
        if (_scoped is not null)
        {
            return _scoped;
        }

        var document = cache.Fresh;
        if (document is null)
        {
            var cached = cache.Document;
            var identifier = await Store.GetIdentifierAsync(cancellationToken);
            document = cached is not null && cached.Identifier == (identifier ?? "")
                ? cached
                : await Store.LoadAsync(cancellationToken) ?? new ContentDefinitionDocument();
            cache.Set(document);
        }

        _scoped = document;
        return document;
    }

    public async Task<ContentTypeDefinition?> GetTypeDefinitionAsync(string name, CancellationToken cancellationToken = default) =>
        (await GetDocumentAsync(cancellationToken)).FindType(name);

    public async Task<string> StoreAsync(IEnumerable<ContentTypeDefinition> types, IEnumerable<ContentPartDefinition> parts, CancellationToken cancellationToken = default)
    {
        await using var transaction = await services.GetRequiredService<IUnitOfWork>().BeginAsync(cancellationToken);
        var current = await Store.LoadAsync(cancellationToken) ?? new ContentDefinitionDocument();

        // Work on a copy: the cached document is shared by every request.
        var document = JsonSerializer.Deserialize<ContentDefinitionDocument>(JsonSerializer.Serialize(current, ContentJson.Options), ContentJson.Options)!;
        foreach (var part in parts)
        {
            document.ContentParts.RemoveAll(p => p.Name == part.Name);
            document.ContentParts.Add(part);
        }

        foreach (var type in types)
        {
            document.ContentTypes.RemoveAll(t => t.Name == type.Name);
            document.ContentTypes.Add(type);
        }

        services.GetRequiredService<ContentDefinitionValidator>().Validate(document);
        document.Identifier = Guid.NewGuid().ToString("N");
        await Store.SaveAsync(document, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        cache.Set(document);
        _scoped = document;
        return document.Identifier;
    }

    private IContentDefinitionStore Store => services.GetRequiredService<IContentDefinitionStore>();
}
