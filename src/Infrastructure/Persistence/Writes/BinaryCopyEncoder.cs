using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using NpgsqlTypes;

namespace SpaceX.Infrastructure.Persistence.Writes;

/// <summary>
/// Rows in PostgreSQL's binary COPY format, encoded by hand for the column types this project copies: a header, then per
/// row its field count and each field as its length (-1 for null) and its value as the type's binary receive function
/// reads it, then a trailer. Npgsql's binary importer makes one awaited call per field on the connection; encoding rows
/// here, on the thread that read them, leaves the copy nothing to do but stream bytes.
/// The bytes are in segments of 64 KB from a pool (a batch is megabytes: one array grown by doubling, or a fresh one
/// each time, costs the garbage collector and page faults), each field whole in one segment; each segment is one
/// CopyData message, which the server parses while the next arrives. <see cref="CopyData"/> gives them back once written.
/// </summary>
public sealed class BinaryCopyEncoder
{
    public const int SegmentSize = 64 * 1024;

    /// <summary>Enough segments for the batches a run has in hand at once (one being copied, one filling).</summary>
    private static readonly ArrayPool<byte> Segments = ArrayPool<byte>.Create(maxArrayLength: SegmentSize, maxArraysPerBucket: 512);

    /// <summary>"PGCOPY\n\377\r\n\0", then no flags and no header extension.</summary>
    private static ReadOnlySpan<byte> Header => [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    private const int Null = -1;
    private const int TextOid = 25;
    private const byte JsonbVersion = 1;
    private const short NumericPositive = 0x0000;
    private const short NumericNegative = 0x4000;
    private const int NumericMaxBytes = 8 + 2 * 8; // the header and at most 8 base-10000 digits
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    private readonly IReadOnlyList<CopyColumn> _columns;
    private readonly List<ArraySegment<byte>> _full = [];
    private byte[] _segment = Segments.Rent(SegmentSize);
    private int _used;
    private long _usedBefore; // in the segments filled before the current one

    public BinaryCopyEncoder(IReadOnlyList<CopyColumn> columns)
    {
        _columns = columns;
        Header.CopyTo(Take(Header.Length));
    }

    public int Rows { get; private set; }

    /// <summary>The bytes encoded so far.</summary>
    public long Length => _usedBefore + _used;

    public void AddRow(object?[] values)
    {
        if (values.Length != _columns.Count)
        {
            throw new InvalidOperationException($"A row of {values.Length} values for {_columns.Count} columns.");
        }

        BinaryPrimitives.WriteInt16BigEndian(Take(2), (short)_columns.Count);
        for (var i = 0; i < values.Length; i++)
        {
            WriteField(_columns[i], values[i]);
        }

        Rows++;
    }

    /// <summary>
    /// The rows and the trailer (a field count of -1), what a COPY … FROM STDIN (FORMAT BINARY) reads, in pooled segments:
    /// give them to <see cref="Release"/> when they are written.
    /// </summary>
    public IReadOnlyList<ArraySegment<byte>> Complete()
    {
        BinaryPrimitives.WriteInt16BigEndian(Take(2), -1);
        _full.Add(new ArraySegment<byte>(_segment, 0, _used));
        return _full;
    }

    /// <summary>Gives back to the pool the segments <see cref="Complete"/> returned (those of a value's own size were never in it).</summary>
    public static void Release(IEnumerable<ArraySegment<byte>> segments)
    {
        foreach (var segment in segments.Where(s => s.Array!.Length == SegmentSize))
        {
            Segments.Return(segment.Array!);
        }
    }

    /// <summary>A field: its length, then its value, written in room for the largest value it can be.</summary>
    private void WriteField(CopyColumn column, object? value)
    {
        if (value is null)
        {
            BinaryPrimitives.WriteInt32BigEndian(Take(4), Null);
            return;
        }

        var room = Room(4 + MaxBytes(column, value));
        var field = new SpanWriter(room[4..]);
        switch (value)
        {
            case string json when column.WireType == NpgsqlDbType.Jsonb:
                field.Byte(JsonbVersion);
                field.Utf8(json);
                break;
            case byte[] json when column.WireType == NpgsqlDbType.Jsonb:
                field.Byte(JsonbVersion);
                field.Bytes(json);
                break;
            case string text:
                field.Utf8(text);
                break;
            case int number:
                field.Int32(number);
                break;
            case bool flag:
                field.Byte(flag ? (byte)1 : (byte)0);
                break;
            case DateTimeOffset instant:
                field.Int64(Microseconds(instant));
                break;
            case Guid id:
                field.Guid(id);
                break;
            case decimal number:
                WriteNumeric(ref field, number);
                break;
            case string?[] texts:
                WriteTextArray(ref field, texts);
                break;
        }

        BinaryPrimitives.WriteInt32BigEndian(room, field.Written);
        _used += 4 + field.Written;
    }

    private static int MaxBytes(CopyColumn column, object value) => value switch
    {
        string json when column.WireType == NpgsqlDbType.Jsonb => 1 + Encoding.UTF8.GetMaxByteCount(json.Length),
        byte[] json when column.WireType == NpgsqlDbType.Jsonb => 1 + json.Length,
        string text => Encoding.UTF8.GetMaxByteCount(text.Length),
        int => 4,
        bool => 1,
        DateTimeOffset => 8,
        Guid => 16,
        decimal => NumericMaxBytes,
        string?[] texts => 20 + texts.Sum(t => 4 + (t is null ? 0 : Encoding.UTF8.GetMaxByteCount(t.Length))),
        _ => throw new InvalidOperationException($"Column {column.Name}: no binary COPY encoding for {value.GetType().Name}."),
    };

    /// <summary>
    /// Microseconds since 2000-01-01 UTC; the first and last instants .NET has are -infinity and infinity, as Npgsql
    /// writes them.
    /// </summary>
    private static long Microseconds(DateTimeOffset instant) =>
        instant == DateTimeOffset.MinValue ? long.MinValue
        : instant == DateTimeOffset.MaxValue ? long.MaxValue
        : (instant.UtcTicks - PostgresEpochTicks) / TimeSpan.TicksPerMicrosecond;

    /// <summary>One dimension (none when empty), a has-null flag, the element type, the length and lower bound (1), the elements.</summary>
    private static void WriteTextArray(ref SpanWriter field, string?[] texts)
    {
        field.Int32(texts.Length == 0 ? 0 : 1);
        field.Int32(texts.Contains(null) ? 1 : 0);
        field.Int32(TextOid);
        if (texts.Length > 0)
        {
            field.Int32(texts.Length);
            field.Int32(1);
        }

        foreach (var text in texts)
        {
            if (text is null)
            {
                field.Int32(Null);
                continue;
            }

            field.Utf8WithLength(text);
        }
    }

    /// <summary>
    /// A numeric is base-10000 digits, most significant first, after their count, the weight of the first (its power of
    /// 10000), the sign and the scale to display. A decimal is an integer over a power of ten; scaled up to a multiple
    /// of four decimal places, its base-10000 digits are the numeric's.
    /// </summary>
    private static void WriteNumeric(ref SpanWriter field, decimal number)
    {
        var bits = decimal.GetBits(number);
        var scale = number.Scale;
        var padding = (4 - scale % 4) % 4;
        var integer = ((UInt128)(uint)bits[2] << 64 | (UInt128)(uint)bits[1] << 32 | (uint)bits[0]) * padding switch { 0 => 1u, 1 => 10u, 2 => 100u, _ => 1000u };

        Span<short> digits = stackalloc short[8]; // under 2^96 × 1000 < 10000^8
        var count = 0;
        for (; integer > 0; integer /= 10000)
        {
            digits[count++] = (short)(integer % 10000);
        }

        field.Int16((short)count);
        field.Int16((short)(count - 1 - (scale + padding) / 4));
        field.Int16(number < 0 ? NumericNegative : NumericPositive);
        field.Int16((short)scale);
        for (var i = count - 1; i >= 0; i--)
        {
            field.Int16(digits[i]);
        }
    }

    /// <summary>The next <paramref name="count"/> bytes, counted as written.</summary>
    private Span<byte> Take(int count)
    {
        var span = Room(count)[..count];
        _used += count;
        return span;
    }

    /// <summary>
    /// At least <paramref name="count"/> bytes in one piece where the next bytes go, not yet counted as written: in a new
    /// segment when the current one has less left (a value larger than a segment gets one of its own size).
    /// </summary>
    private Span<byte> Room(int count)
    {
        if (_used + count > _segment.Length)
        {
            _full.Add(new ArraySegment<byte>(_segment, 0, _used));
            _usedBefore += _used;
            _segment = count > SegmentSize ? new byte[count] : Segments.Rent(SegmentSize);
            _used = 0;
        }

        return _segment.AsSpan(_used);
    }

    /// <summary>Writes a field's value into its room, counting what it wrote.</summary>
    private ref struct SpanWriter(Span<byte> room)
    {
        private readonly Span<byte> _room = room;

        public int Written { get; private set; }

        public void Byte(byte value) => _room[Written++] = value;

        public void Int16(short value) => BinaryPrimitives.WriteInt16BigEndian(Next(2), value);

        public void Int32(int value) => BinaryPrimitives.WriteInt32BigEndian(Next(4), value);

        public void Int64(long value) => BinaryPrimitives.WriteInt64BigEndian(Next(8), value);

        public void Guid(Guid value) => value.TryWriteBytes(Next(16), bigEndian: true, out _);

        public void Bytes(ReadOnlySpan<byte> value) => value.CopyTo(Next(value.Length));

        public void Utf8(string text) => Written += Encoding.UTF8.GetBytes(text, _room[Written..]);

        /// <summary>The text's length in bytes, then the text: the length is known once the text is written.</summary>
        public void Utf8WithLength(string text)
        {
            var lengthAt = Written;
            Written += 4;
            Utf8(text);
            BinaryPrimitives.WriteInt32BigEndian(_room[lengthAt..], Written - lengthAt - 4);
        }

        private Span<byte> Next(int count)
        {
            var span = _room.Slice(Written, count);
            Written += count;
            return span;
        }
    }
}
