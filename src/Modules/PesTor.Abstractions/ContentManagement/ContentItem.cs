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

    public JsonObject Content { get; set; } = [];

    public override string ToString() => $"{ContentType} {ContentItemId} ({ContentItemVersionId})";
}
