namespace PesTor.Media;

/// <summary>
/// Where the library's files are served. Images have two smaller variants made at upload, WebP beside the original
/// ("2026/11/x.jpg" → "2026/11/x.thumbnail.webp"); one rule for the media module, the admin and GraphQL.
/// </summary>
public static class MediaUrls
{
    public const string Prefix = "/media";

    public static string Of(string path) => $"{Prefix}/{path}";

    public static string VariantPath(string path, MediaVariant variant)
    {
        var dot = path.LastIndexOf('.');
        var stem = dot > path.LastIndexOf('/') ? path[..dot] : path;
        return $"{stem}.{variant.ToString().ToLowerInvariant()}.webp";
    }

    public static string OfVariant(string path, MediaVariant variant) => Of(VariantPath(path, variant));

    /// <summary>Whether a stored path has image variants (the library makes them for every image it accepts).</summary>
    public static bool HasVariants(string path) =>
        path.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".png", StringComparison.OrdinalIgnoreCase)
        || (path.EndsWith(".webp", StringComparison.OrdinalIgnoreCase) && !Enum.GetNames<MediaVariant>().Any(v => path.EndsWith($".{v.ToLowerInvariant()}.webp", StringComparison.OrdinalIgnoreCase)));
}

/// <summary>The smaller copies of an image: a thumbnail for lists and pickers, a medium one for pages.</summary>
public enum MediaVariant
{
    Thumbnail,
    Medium,
}
