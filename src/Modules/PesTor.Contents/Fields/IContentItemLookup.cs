using PesTor.ContentManagement;

namespace PesTor.Contents.Fields;

/// <summary>Loads the latest versions of referenced items (picker targets, taxonomies) for validation, in one round trip.</summary>
public interface IContentItemLookup
{
    Task<IReadOnlyList<ContentItem>> GetLatestAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken);
}
