namespace PesTor.Media.Models;

/// <summary>Bound from <c>PesTor:Media</c>: how big an upload may be and how big the variants are.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "PesTor:Media";

    public long MaxImageBytes { get; set; } = 10 * 1024 * 1024;

    public long MaxDocumentBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Width × height an image may decode to; a small file can claim a huge canvas (a decompression bomb).</summary>
    public long MaxImagePixels { get; set; } = 40_000_000;

    /// <summary>Longest side of the thumbnail and of the medium variant, in pixels.</summary>
    public int ThumbnailSize { get; set; } = 240;

    public int MediumSize { get; set; } = 960;

    public long MaxUploadBytes => Math.Max(MaxImageBytes, MaxDocumentBytes);
}
