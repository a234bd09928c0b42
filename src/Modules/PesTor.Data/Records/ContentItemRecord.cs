namespace PesTor.Data.Records;

/// <summary>One row per content item version (see <see cref="ContentManagement.ContentItem"/>).</summary>
public sealed class ContentItemRecord
{
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

    public string ConcurrencyStamp { get; set; } = "";

    /// <summary>Bit flags of <see cref="Indexing.IndexKind"/> tables holding rows for this version, so a rebuild deletes only there.</summary>
    public int IndexedKinds { get; set; }

    public string Content { get; set; } = "{}";
}
