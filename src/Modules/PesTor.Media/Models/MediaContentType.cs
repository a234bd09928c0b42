namespace PesTor.Media.Models;

/// <summary>A type the library accepts, as detected from a file's first bytes: its MIME type and the extension files get.</summary>
internal sealed record MediaContentType(string ContentType, string Extension, bool IsImage)
{
    public static readonly MediaContentType Jpeg = new("image/jpeg", ".jpg", true);
    public static readonly MediaContentType Png = new("image/png", ".png", true);
    public static readonly MediaContentType WebP = new("image/webp", ".webp", true);
    public static readonly MediaContentType Pdf = new("application/pdf", ".pdf", false);
}
