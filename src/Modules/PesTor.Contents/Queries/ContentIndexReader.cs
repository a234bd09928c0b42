using PesTor.Data;
using PesTor.Metadata;
using PesTor.Queries;

namespace PesTor.Contents.Queries;

/// <summary>
/// Reads index columns of the items a content query matches (see <see cref="IContentIndexReader"/>): the query goes through
/// the content query's own checks and permission filter, the columns are resolved against the definitions, and the store
/// reads one keyset page in one statement.
/// </summary>
internal sealed class ContentIndexReader(ContentQueryService queries, IContentIndexStore store, IContentDefinitionManager definitions) : IContentIndexReader
{
    public async Task<ContentIndexPage> ReadAsync(ContentIndexQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Take is < 1 or > ContentIndexQuery.MaxTake)
        {
            throw new ContentQueryException($"take must be between 1 and {ContentIndexQuery.MaxTake}.", "take");
        }

        var secured = await queries.SecureAsync(query.Query, cancellationToken);
        if (secured is null)
        {
            return new ContentIndexPage([], null);
        }

        var document = await definitions.GetDocumentAsync(cancellationToken);
        var columns = new List<ContentIndexColumn>(query.Columns.Count);
        for (var i = 0; i < query.Columns.Count; i++)
        {
            var column = query.Columns[i];
            var kind = queries.FieldKind(document, secured.ContentTypes, column.Part, column.Field)
                ?? throw new ContentQueryException(
                    $"No type in [{string.Join(", ", secured.ContentTypes)}] has a field '{column.Field}' in part '{column.Part}'.",
                    $"columns[{i}].{column.Part}.{column.Field}");
            columns.Add(column with { Kind = kind });
        }

        return await store.ReadAsync(query with { Query = secured, Columns = columns }, cancellationToken);
    }
}
