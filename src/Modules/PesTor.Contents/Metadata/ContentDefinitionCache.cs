using PesTor.Metadata;

namespace PesTor.Contents.Metadata;

/// <summary>
/// The process-wide copy of the definitions document; replaced whole, never mutated. The stored identifier is checked at
/// most once per <see cref="CheckInterval"/>, so a definition written by another node is seen within that time while a
/// busy node does not ask the database on every request. Writes on this node update the copy at once.
/// </summary>
internal sealed class ContentDefinitionCache(TimeProvider clock)
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    private volatile Entry? _entry;

    public ContentDefinitionDocument? Fresh
    {
        get
        {
            var entry = _entry;
            return entry is not null && clock.GetUtcNow() - entry.CheckedAt < CheckInterval ? entry.Document : null;
        }
    }

    public ContentDefinitionDocument? Document => _entry?.Document;

    public void Set(ContentDefinitionDocument document) => _entry = new Entry(document, clock.GetUtcNow());

    private sealed record Entry(ContentDefinitionDocument Document, DateTimeOffset CheckedAt);
}
