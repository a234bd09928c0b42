namespace PesTor.Data.Records;

/// <summary>A file of the media library (see <see cref="Media.MediaFile"/>); <see cref="SearchName"/> is the lower-cased name for "contains".</summary>
public sealed class MediaFileRecord
{
    public string Path { get; set; } = "";

    public string FileName { get; set; } = "";

    public string SearchName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string? CreatedBy { get; set; }
}
