using Microsoft.Extensions.Options;
using PesTor.Media.Models;
using SkiaSharp;

namespace PesTor.Media.Services;

/// <summary>
/// Decodes an uploaded image whole with SkiaSharp (a file that only starts like an image fails here) and writes its
/// variants as WebP, turned upright from the camera's EXIF orientation.
/// </summary>
public sealed class ImageProcessor(IOptions<MediaOptions> options)
{
    private const int WebPQuality = 80;

    public sealed record Decoded(SKBitmap Bitmap, int Width, int Height) : IDisposable
    {
        public void Dispose() => Bitmap.Dispose();
    }

    /// <summary>The upright image, or the reason it is refused.</summary>
    internal (Decoded? Image, MediaRefusal? Refusal) Decode(string file)
    {
        using var stream = File.OpenRead(file);
        using var codec = SKCodec.Create(stream);
        if (codec is null)
        {
            return (null, MediaRefusal.NotDecodable);
        }

        // Checked before decoding: the header says how much memory the pixels would take.
        if ((long)codec.Info.Width * codec.Info.Height > options.Value.MaxImagePixels)
        {
            return (null, MediaRefusal.TooManyPixels);
        }

        var bitmap = new SKBitmap(codec.Info.WithColorType(SKImageInfo.PlatformColorType).WithAlphaType(SKAlphaType.Premul));
        var result = codec.GetPixels(bitmap.Info, bitmap.GetPixels());
        // A truncated file decodes partly (IncompleteInput): refused as damaged.
        if (result != SKCodecResult.Success)
        {
            bitmap.Dispose();
            return (null, MediaRefusal.NotDecodable);
        }

        var upright = Upright(bitmap, codec.EncodedOrigin);
        return (new Decoded(upright, upright.Width, upright.Height), null);
    }

    /// <summary>Writes a copy whose longer side is at most <paramref name="maxSide"/> (never enlarged).</summary>
    public static void WriteVariant(SKBitmap source, int maxSide, string target)
    {
        var scale = Math.Min(1.0, (double)maxSide / Math.Max(source.Width, source.Height));
        var width = Math.Max(1, (int)Math.Round(source.Width * scale));
        var height = Math.Max(1, (int)Math.Round(source.Height * scale));
        using var resized = source.Resize(new SKImageInfo(width, height, source.ColorType, source.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var image = SKImage.FromBitmap(resized);
        using var data = image.Encode(SKEncodedImageFormat.Webp, WebPQuality);
        using var output = File.Create(target);
        data.SaveTo(output);
    }

    private static SKBitmap Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        var degrees = origin switch
        {
            SKEncodedOrigin.BottomRight => 180,
            SKEncodedOrigin.RightTop => 90,
            SKEncodedOrigin.LeftBottom => 270,
            _ => 0,
        };
        if (degrees == 0)
        {
            return bitmap;
        }

        var swap = degrees != 180;
        var rotated = new SKBitmap(swap ? bitmap.Height : bitmap.Width, swap ? bitmap.Width : bitmap.Height, bitmap.ColorType, bitmap.AlphaType);
        using (var canvas = new SKCanvas(rotated))
        {
            canvas.Translate(rotated.Width / 2f, rotated.Height / 2f);
            canvas.RotateDegrees(degrees);
            canvas.Translate(-bitmap.Width / 2f, -bitmap.Height / 2f);
            using var image = SKImage.FromBitmap(bitmap);
            canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default);
        }

        bitmap.Dispose();
        return rotated;
    }
}
