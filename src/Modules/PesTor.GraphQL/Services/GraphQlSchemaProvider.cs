using GraphQL.Types;
using PesTor.Metadata;

namespace PesTor.GraphQL.Services;

/// <summary>
/// Holds the last schema and the definitions identifier it was built from. A definition change gives a new identifier,
/// so the next request builds a new schema: no restart, never a stale schema.
/// </summary>
internal sealed class GraphQlSchemaProvider
{
    private readonly SemaphoreSlim _building = new(1, 1);
    // A reference (not a tuple) so readers never see an identifier paired with another schema.
    private volatile Built? _current;

    public async Task<ISchema> GetSchemaAsync(IContentDefinitionManager definitions, CancellationToken cancellationToken)
    {
        var document = await definitions.GetDocumentAsync(cancellationToken);
        if (_current is { } current && current.Identifier == document.Identifier)
        {
            return current.Schema;
        }

        // One build at a time: concurrent first requests wait for the same schema instead of each building one.
        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } built && built.Identifier == document.Identifier)
            {
                return built.Schema;
            }

            var schema = ContentSchemaBuilder.Build(document);
            _current = new Built(document.Identifier, schema);
            return schema;
        }
        finally
        {
            _building.Release();
        }
    }

    private sealed record Built(string Identifier, ISchema Schema);
}
