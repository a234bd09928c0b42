namespace PesTor.Queries;

/// <summary>
/// Reads a few index columns of the items a content query matches, without loading the items: for lists that need only
/// an id, a title and a handful of values per item (map layers, exports), where loading whole versions would cost most of
/// the time. The query is checked and narrowed to what the caller may see exactly as <see cref="IContentQueryService"/>
/// does (the same definitions, the same permission filter); pages follow a keyset cursor, so the last page costs as much
/// as the first.
/// </summary>
public interface IContentIndexReader
{
    Task<ContentIndexPage> ReadAsync(ContentIndexQuery query, CancellationToken cancellationToken = default);
}
