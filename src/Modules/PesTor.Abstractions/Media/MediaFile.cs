namespace PesTor.Media;

/// <summary>
/// A file of the media library. <see cref="Path"/> is what Media fields store ("2026/11/01jd….jpg"): generated, never
/// the uploader's name, so it cannot collide, carry a script's extension or leave the library.
/// </summary>
public sealed record MediaFile
{
    public required string Path { get; init; }

    /// <summary>The uploader's file name, for people (shown, searched); never used to build a path.</summary>
    public required string FileName { get; init; }

    /// <summary>Detected from the content, not taken from the request.</summary>
    public required string ContentType { get; init; }

    public required long Length { get; init; }

    /// <summary>Pixels, for images; null for documents.</summary>
    public int? Width { get; init; }

    public int? Height { get; init; }

    public required DateTime CreatedUtc { get; init; }

    public string? CreatedBy { get; init; }

    public bool IsImage => Width is not null;
}
