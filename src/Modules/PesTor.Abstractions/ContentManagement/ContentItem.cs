using System.Text.Json.Nodes;

namespace PesTor.ContentManagement;

/// <summary>
/// One version of a content item. Versions of the same item share <see cref="ContentItemId"/>;
/// each has its own <see cref="ContentItemVersionId"/>. Parts sit in <see cref="Content"/> under their names,
/// and a type's own fields sit in a part named after the type (Orchard's layout).
/// </summary>
public sealed class ContentItem
{
    /// <summary>The storage row id; 0 until the version is first saved.</summary>
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string DisplayText { get; set; } = "";

    public bool Latest { get; set; }

    public bool Published { get; set; }

    public string? Owner { get; set; }

    public string? Author { get; set; }

    public DateTime? CreatedUtc { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    /// <summary>Changes on every save; a save carrying an older stamp is a conflict.</summary>
    public string ConcurrencyStamp { get; set; } = "";

    private JsonObject? _content;
    private string? _json;

    /// <summary>
    /// The parts and fields. A version read from storage keeps its JSON text and parses it the first time this is read:
    /// a list page that shows only titles, or rows it already rendered, never pays for parsing the documents it lists.
    /// </summary>
    public JsonObject Content
    {
        get => _content ??= ParseStored();
        set
        {
            _content = value;
            _json = null;
        }
    }

    /// <summary>Sets the content from its stored JSON text, parsed when <see cref="Content"/> is first read.</summary>
    public void SetStoredContent(string json)
    {
        _json = json;
        _content = null;
    }

    private JsonObject ParseStored()
    {
        var parsed = _json is null ? [] : JsonNode.Parse(_json) as JsonObject ?? [];
        _json = null;
        return parsed;
    }

    public override string ToString() => $"{ContentType} {ContentItemId} ({ContentItemVersionId})";
}
