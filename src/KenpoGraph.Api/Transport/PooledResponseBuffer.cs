using System.Buffers;

namespace KenpoGraph.Api.Transport;

/// <summary>
/// A write-only stream over one buffer rented from the shared array pool, for serialising a response before it
/// is sent. A MemoryStream plus ToArray allocated the body two or three times per request, on the large-object
/// heap once a body passes 85 KB (a 47-branch table is ~230 KB), which made gen-2 collections and memory grow
/// under load (bench/). The bytes are copied out only when the response cache keeps them.
/// </summary>
internal sealed class PooledResponseBuffer(int maxBytes = int.MaxValue) : Stream
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int _length;

    /// <summary>The bytes written so far; valid until the buffer is disposed.</summary>
    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _length);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    /// <exception cref="ResponseTooLargeException">The bytes would pass the buffer's bound.</exception>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if ((long)_length + buffer.Length > maxBytes)
        {
            throw new ResponseTooLargeException(maxBytes);
        }
        if (_length + buffer.Length > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + buffer.Length));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        buffer.CopyTo(_buffer.AsSpan(_length));
        _length += buffer.Length;
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
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            _length = 0;
        }
        base.Dispose(disposing);
    }
}

/// <summary>A serialised response would be larger than <c>Limits:MaxResponseBytes</c>.</summary>
internal sealed class ResponseTooLargeException(int maxBytes) : Exception($"The response is larger than {maxBytes:N0} bytes.")
{
    public int MaxBytes { get; } = maxBytes;
}
