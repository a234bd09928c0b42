namespace PesTor.Queries;

/// <summary>
/// Runs content queries for the current caller: validates and resolves fields against the definitions, adds the caller's
/// permission filter, and compiles to SQL over the index tables. Nothing is filtered in memory.
/// </summary>
public interface IContentQueryService
{
    Task<ContentPage> ListAsync(ContentQuery query, bool includeTotal = false, CancellationToken cancellationToken = default);

    Task<int> CountAsync(ContentQuery query, CancellationToken cancellationToken = default);
}
