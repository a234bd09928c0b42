using System.Buffers;
using System.Security.Cryptography;

namespace PesTor.Theme.OutputCaching;

/// <summary>
/// A page's body held in chunks rented from the shared array pool, hashed as it is written. A <see cref="MemoryStream"/>
/// grows by allocating and copying a new array each time, which on a rendered page was a tenth of everything the request
/// allocated; rented chunks are returned when the buffer is disposed.
/// </summary>
internal sealed class PooledBodyBuffer : Stream
{
    private const int ChunkSize = 16 * 1024;

    private readonly List<byte[]> _chunks = [];
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private int _used = ChunkSize;
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    /// <summary>The first 16 bytes of the SHA-256 of everything written.</summary>
    public byte[] Hash() => _hash.GetCurrentHash()[..16];

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.AppendData(buffer);
        _length += buffer.Length;
        while (buffer.Length > 0)
        {
            if (_used == ChunkSize)
            {
                _chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
                _used = 0;
            }

            var count = Math.Min(buffer.Length, ChunkSize - _used);
            buffer[..count].CopyTo(_chunks[^1].AsSpan(_used));
            _used += count;
            buffer = buffer[count..];
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush()
    {
        // Nothing leaves the buffer until CopyToAsync.
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Writes what was buffered to <paramref name="destination"/>, chunk by chunk.</summary>
    public override async Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _chunks.Count; i++)
        {
            await destination.WriteAsync(_chunks[i].AsMemory(0, i == _chunks.Count - 1 ? _used : ChunkSize), cancellationToken);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var chunk in _chunks)
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            _chunks.Clear();
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
