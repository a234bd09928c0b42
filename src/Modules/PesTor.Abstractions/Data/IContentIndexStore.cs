using PesTor.Queries;

namespace PesTor.Data;

/// <summary>
/// Storage side of <see cref="IContentIndexReader"/> (implemented by PesTor.Data): runs a query whose fields and columns are
/// resolved and whose permission filter is already applied, reading only the asked index columns.
/// </summary>
public interface IContentIndexStore
{
    Task<ContentIndexPage> ReadAsync(ContentIndexQuery query, CancellationToken cancellationToken = default);
}
