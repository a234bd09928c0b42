using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;

namespace PesTor.Maps.Models;

/// <summary>
/// A layer's GeoJSON as sent: the bytes, their hash as the ETag, the feature count, and the Brotli and gzip forms, each
/// compressed once on first request (a cached body is compressed once, however often it is sent).
/// </summary>
public sealed class MapLayerBody(byte[] body, int count)
{
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _compressed = new(StringComparer.Ordinal);

    /// <summary>The encodings a body is sent in besides identity, in the server's order of preference.</summary>
    public static IReadOnlyList<string> Encodings { get; } = ["br", "gzip"];

    public byte[] Body { get; } = body;

    public int Count { get; } = count;

    public string ETag { get; } = "\"" + Convert.ToBase64String(SHA256.HashData(body), 0, 18).Replace('+', '-').Replace('/', '_') + "\"";

    /// <summary>The body in an encoding a client accepts: "br" or "gzip".</summary>
    public byte[] Compressed(string encoding) =>
        _compressed.GetOrAdd(encoding, e => new Lazy<byte[]>(() => Compress(Body, e))).Value;

    public static byte[] Compress(byte[] body, string encoding)
    {
        using var output = new MemoryStream(body.Length / 4 + 64);
        using (Stream compressor = encoding == "br"
            ? new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true)
            : new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            compressor.Write(body);
        }

        return output.ToArray();
    }
}
