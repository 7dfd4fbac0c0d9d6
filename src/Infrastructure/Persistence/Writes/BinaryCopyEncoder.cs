using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using NpgsqlTypes;

namespace SpaceX.Infrastructure.Persistence.Writes;

/// <summary>
/// Rows in PostgreSQL's binary COPY format, encoded by hand for the column types this project copies: a header, then per
/// row its field count and each field as its length (-1 for null) and its value as the type's binary receive function
/// reads it, then a trailer. Npgsql's binary importer makes one awaited call per field on the connection; encoding a page
/// here, on the thread that read it, leaves the copy nothing to do but stream bytes. The bytes are in an array from the
/// shared pool (a page's rows are megabytes, and a fresh array each page costs the garbage collector and page faults);
/// <see cref="CopyData"/> gives it back once written.
/// </summary>
internal sealed class BinaryCopyEncoder
{
    /// <summary>"PGCOPY\n\377\r\n\0", then no flags and no header extension.</summary>
    private static ReadOnlySpan<byte> Header => [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    private const int Null = -1;
    private const int TextOid = 25;
    private const byte JsonbVersion = 1;
    private const short NumericPositive = 0x0000;
    private const short NumericNegative = 0x4000;
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    private readonly IReadOnlyList<CopyColumn> _columns;
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _length;

    public BinaryCopyEncoder(IReadOnlyList<CopyColumn> columns)
    {
        _columns = columns;
        Header.CopyTo(Reserve(Header.Length));
    }

    public int Rows { get; private set; }

    public void AddRow(object?[] values)
    {
        if (values.Length != _columns.Count)
        {
            throw new InvalidOperationException($"A row of {values.Length} values for {_columns.Count} columns.");
        }

        WriteInt16((short)_columns.Count);
        for (var i = 0; i < values.Length; i++)
        {
            WriteField(_columns[i], values[i]);
        }

        Rows++;
    }

    /// <summary>
    /// The rows and the trailer (a field count of -1), what a COPY … FROM STDIN (FORMAT BINARY) reads, at the start of a
    /// pooled array: return it to <see cref="ArrayPool{T}.Shared"/> when they are written.
    /// </summary>
    public (byte[] Pooled, int Length) Complete()
    {
        WriteInt16(-1);
        return (_bytes, _length);
    }

    private void WriteField(CopyColumn column, object? value)
    {
        if (value is null)
        {
            WriteInt32(Null);
            return;
        }

        var lengthAt = ReserveLength();
        switch (value)
        {
            case string json when column.WireType == NpgsqlDbType.Jsonb:
                WriteByte(JsonbVersion);
                WriteUtf8(json);
                break;
            case byte[] json when column.WireType == NpgsqlDbType.Jsonb:
                WriteByte(JsonbVersion);
                json.CopyTo(Reserve(json.Length));
                break;
            case string text:
                WriteUtf8(text);
                break;
            case int number:
                WriteInt32(number);
                break;
            case bool flag:
                WriteByte(flag ? (byte)1 : (byte)0);
                break;
            case DateTimeOffset instant:
                WriteInt64(Microseconds(instant));
                break;
            case Guid id:
                id.TryWriteBytes(Reserve(16), bigEndian: true, out _);
                break;
            case decimal number:
                WriteNumeric(number);
                break;
            case string?[] texts:
                WriteTextArray(texts);
                break;
            default:
                throw new InvalidOperationException($"Column {column.Name}: no binary COPY encoding for {value.GetType().Name}.");
        }

        FillLength(lengthAt);
    }

    /// <summary>
    /// Microseconds since 2000-01-01 UTC; the first and last instants .NET has are -infinity and infinity, as Npgsql
    /// writes them.
    /// </summary>
    private static long Microseconds(DateTimeOffset instant) =>
        instant == DateTimeOffset.MinValue ? long.MinValue
        : instant == DateTimeOffset.MaxValue ? long.MaxValue
        : (instant.UtcTicks - PostgresEpochTicks) / TimeSpan.TicksPerMicrosecond;

    /// <summary>One dimension (none when empty), a has-null flag, the element type, the length and lower bound (1), the elements.</summary>
    private void WriteTextArray(string?[] texts)
    {
        WriteInt32(texts.Length == 0 ? 0 : 1);
        WriteInt32(texts.Contains(null) ? 1 : 0);
        WriteInt32(TextOid);
        if (texts.Length > 0)
        {
            WriteInt32(texts.Length);
            WriteInt32(1);
        }

        foreach (var text in texts)
        {
            if (text is null)
            {
                WriteInt32(Null);
                continue;
            }

            var lengthAt = ReserveLength();
            WriteUtf8(text);
            FillLength(lengthAt);
        }
    }

    /// <summary>
    /// A numeric is base-10000 digits, most significant first, after their count, the weight of the first (its power of
    /// 10000), the sign and the scale to display. A decimal is an integer over a power of ten; scaled up to a multiple
    /// of four decimal places, its base-10000 digits are the numeric's.
    /// </summary>
    private void WriteNumeric(decimal number)
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

        WriteInt16((short)count);
        WriteInt16((short)(count - 1 - (scale + padding) / 4));
        WriteInt16(number < 0 ? NumericNegative : NumericPositive);
        WriteInt16((short)scale);
        for (var i = count - 1; i >= 0; i--)
        {
            WriteInt16(digits[i]);
        }
    }

    private void WriteUtf8(string text)
    {
        var span = Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length -= span.Length - Encoding.UTF8.GetBytes(text, span);
    }

    /// <summary>A value's length comes before it but is known once it is written: reserved here, filled in by <see cref="FillLength"/>.</summary>
    private int ReserveLength()
    {
        Reserve(4);
        return _length - 4;
    }

    private void FillLength(int lengthAt) => BinaryPrimitives.WriteInt32BigEndian(_bytes.AsSpan(lengthAt), _length - lengthAt - 4);

    private void WriteByte(byte value) => Reserve(1)[0] = value;

    private void WriteInt16(short value) => BinaryPrimitives.WriteInt16BigEndian(Reserve(2), value);

    private void WriteInt32(int value) => BinaryPrimitives.WriteInt32BigEndian(Reserve(4), value);

    private void WriteInt64(long value) => BinaryPrimitives.WriteInt64BigEndian(Reserve(8), value);

    /// <summary>The next <paramref name="count"/> bytes, counted as written.</summary>
    private Span<byte> Reserve(int count)
    {
        if (_length + count > _bytes.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_bytes.Length * 2, _length + count));
            _bytes.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = larger;
        }

        var span = _bytes.AsSpan(_length, count);
        _length += count;
        return span;
    }
}
