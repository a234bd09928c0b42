using PesTor.ContentManagement;
using PesTor.Contents.Fields;

namespace PesTor.Tests.Unit.TestDoubles;

/// <summary>Items kept in a dictionary; counts the calls so tests can see that one round trip is made.</summary>
internal sealed class InMemoryContentItemLookup : IContentItemLookup
{
    private readonly Dictionary<string, ContentItem> _items = new(StringComparer.Ordinal);

    public int Calls { get; private set; }

    public InMemoryContentItemLookup Add(ContentItem item)
    {
        _items[item.ContentItemId] = item;
        return this;
    }

    public Task<IReadOnlyList<ContentItem>> GetLatestAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken)
    {
        Calls++;
        IReadOnlyList<ContentItem> found = contentItemIds.Where(_items.ContainsKey).Select(id => _items[id]).ToList();
        return Task.FromResult(found);
    }
}
