using System.Buffers;

namespace SpaceX.ApiReplay.Query;

/// <summary>
/// A response body written into an array from the shared pool, given back once the response has been sent: a page of
/// thousands of documents is megabytes, and a fresh array for each (grown by doubling) cost the replay more than
/// writing the documents did.
/// </summary>
internal sealed class PooledBody : IBufferWriter<byte>, IDisposable
{
    private byte[] _array = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _written;

    public ReadOnlyMemory<byte> WrittenMemory => _array.AsMemory(0, _written);

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        MakeRoom(sizeHint);
        return _array.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        MakeRoom(sizeHint);
        return _array.AsSpan(_written);
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_array);
        _array = [];
    }

    /// <summary>At least <paramref name="sizeHint"/> bytes (or one) free after those written.</summary>
    private void MakeRoom(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed > _array.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _array.Length * 2));
            _array.AsSpan(0, _written).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_array);
            _array = larger;
        }
    }
}
