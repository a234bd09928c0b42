using System.Text;
using PesTor.Media.Models;

namespace PesTor.Media.Services;

/// <summary>
/// Tells a file's type from its first bytes (magic numbers), never from its name or the request's header: a renamed
/// executable is still an executable. Files that are recognised but refused get their own reason.
/// </summary>
internal static class MediaContentSniffer
{
    /// <summary>Enough bytes for every signature below and for finding an SVG's root element after an XML prolog.</summary>
    public const int HeadLength = 512;

    public static (MediaContentType? Type, MediaRefusal? Refusal) Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return (MediaContentType.Jpeg, null);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return (MediaContentType.Png, null);
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return (MediaContentType.WebP, null);
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return (MediaContentType.Pdf, null);
        }

        if (head.StartsWith("MZ"u8) || head.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46]) || head.StartsWith("#!"u8))
        {
            return (null, MediaRefusal.Executable);
        }

        return (null, LooksLikeSvg(head) ? MediaRefusal.Svg : MediaRefusal.UnknownType);
    }

    // SVG is XML that may carry scripts and event handlers; it is refused whatever it is called.
    private static bool LooksLikeSvg(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('<') && text.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>Why an upload was refused; <see cref="MediaTexts"/> words each for people.</summary>
internal enum MediaRefusal
{
    Empty,
    TooLarge,
    Executable,
    Svg,
    UnknownType,
    NotDecodable,
    TooManyPixels,
}
