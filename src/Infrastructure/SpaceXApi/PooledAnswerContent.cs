using System.Buffers;
using System.Net;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>
/// An answer's body read whole into an array from the shared pool: a page is megabytes, and the array of its own that
/// the HTTP client's buffering allocates for each was most of what the garbage collector had to clear and page in.
/// The array goes back to the pool when the content's stream is disposed (its page has been parsed by then), or the
/// content itself.
/// </summary>
internal sealed class PooledAnswerContent : HttpContent
{
    private const int UnannouncedSize = 64 * 1024; // the first guess for a body without a Content-Length
    private byte[]? _array;
    private readonly int _length;

    private PooledAnswerContent(byte[] array, int length) => (_array, _length) = (array, length);

    public ReadOnlySpan<byte> Bytes => (_array ?? throw new ObjectDisposedException(nameof(PooledAnswerContent))).AsSpan(0, _length);

    /// <summary>The body to its end, or null when it holds more than <paramref name="limit"/> bytes.</summary>
    public static async Task<PooledAnswerContent?> ReadAsync(Stream body, long? announced, long limit, CancellationToken cancellationToken)
    {
        var most = (int)Math.Min(limit, Array.MaxLength - 1L);
        var array = ArrayPool<byte>.Shared.Rent((int)Math.Min(announced ?? UnannouncedSize, most) + 1); // one more byte shows a body past the limit
        var length = 0;
        try
        {
            int read;
            while ((read = await body.ReadAsync(array.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length > most)
                {
                    ArrayPool<byte>.Shared.Return(array);
                    return null;
                }

                if (length == array.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(array.Length * 2L, most + 1L));
                    array.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(array);
                    array = larger;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(array);
            throw;
        }

        return new PooledAnswerContent(array, length);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(_array.AsMemory(0, _length)).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    protected override Task<Stream> CreateContentReadStreamAsync() =>
        Task.FromResult<Stream>(new BodyStream(this, _array ?? throw new ObjectDisposedException(nameof(PooledAnswerContent)), _length));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Release();
    }

    private void Release()
    {
        if (Interlocked.Exchange(ref _array, null) is { } array)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }

    /// <summary>The body to read; disposing it gives the array back.</summary>
    private sealed class BodyStream(PooledAnswerContent owner, byte[] array, int length) : MemoryStream(array, 0, length, writable: false)
    {
        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            owner.Release();
        }
    }
}
