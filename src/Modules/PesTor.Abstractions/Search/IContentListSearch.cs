namespace PesTor.Search;

/// <summary>
/// The admin content list's text filter over the editors' index (latest versions, drafts included), so an editor finds an
/// item by any word of its title or body, not only by its title. The answer is a filter for the list's one content query:
/// its other filters, order, paging and the per-item permission checks still apply, and the items are read from the
/// database, never from the index. Implemented by PesTor.Search; without it the list filters titles only.
/// </summary>
public interface IContentListSearch
{
    Task<ContentListTextFilter> FilterAsync(string text, CancellationToken cancellationToken = default);
}
