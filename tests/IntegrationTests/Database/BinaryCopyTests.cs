using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using SpaceX.Infrastructure.Persistence.Writes;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Database;

/// <summary>The binary COPY data the pipeline encodes itself: PostgreSQL reads back every value it was given.</summary>
public sealed class BinaryCopyTests
{
    private static readonly CopyColumn[] Columns =
    [
        new("id", "char(24)", NpgsqlDbType.Char), new("name", "text", NpgsqlDbType.Text), new("precision", "varchar(8)", NpgsqlDbType.Varchar),
        new("flight", "integer", NpgsqlDbType.Integer), new("success", "boolean", NpgsqlDbType.Boolean),
        new("date_utc", "timestamptz", NpgsqlDbType.TimestampTz), new("run_id", "uuid", NpgsqlDbType.Uuid),
        new("payload_ids", "text[]", NpgsqlDbType.Array | NpgsqlDbType.Text), new("raw", "jsonb", NpgsqlDbType.Jsonb),
        new("note", "jsonb", NpgsqlDbType.Jsonb), new("mass_kg", "numeric(12,3)", NpgsqlDbType.Numeric),
    ];

    private static readonly object?[][] Rows =
    [
        [
            "5eb87cd9ffd86e000604b32a", "FalconSat", "hour", 1, false, new DateTimeOffset(2006, 3, 24, 22, 30, 0, TimeSpan.Zero),
            Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), new[] { "5eb0e4b5b6c3bb0006eeb1e1", "5eb0e4b6b6c3bb0006eeb1e2" },
            Encoding.UTF8.GetBytes("""{"name": "FalconSat", "cores": [{"flight": 1}]}"""), """{"é": "✓ 🚀", "a": [1.50, null]}""", 20m,
        ],
        [
            "633f72000531f07b4fdf59c0", "Crew-5 — über “quotes”", "day", int.MaxValue, true,
            new DateTimeOffset(1999, 10, 5, 16, 0, 57, TimeSpan.Zero).AddTicks(1_234_560), Guid.NewGuid(), Array.Empty<string>(),
            Encoding.UTF8.GetBytes("[]"), null, -12055.125m,
        ],
        ["000000000000000000000000", null, "month", null, null, null, Guid.Empty, new[] { "a", null, "ü" }, Encoding.UTF8.GetBytes("null"), "0", null],
    ];

    [Fact]
    public async Task EveryColumnType_ReadsBackAsWritten()
    {
        await using var connection = await OpenAsync();
        await CreateTableAsync(connection, Columns);

        await Encode("copied", Columns, Rows, row => row).WriteAsync(connection, CancellationToken.None);

        await using var command = new NpgsqlCommand(
            "SELECT id, name, precision, flight, success, date_utc, run_id, payload_ids, raw::text, note::text, mass_kg FROM copied ORDER BY id DESC", connection);
        var read = new List<object?[]>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                read.Add([
                    reader.GetString(0), Read<string>(reader, 1), reader.GetString(2), Read<int>(reader, 3), Read<bool>(reader, 4),
                    Read<DateTimeOffset>(reader, 5), reader.GetGuid(6), reader.GetFieldValue<string?[]>(7), reader.GetString(8),
                    Read<string>(reader, 9), Read<decimal>(reader, 10),
                ]);
            }
        }

        var expected = new List<object?[]>();
        foreach (var row in Rows.OrderByDescending(r => (string)r[0]!, StringComparer.Ordinal))
        {
            // jsonb keeps the document, not its bytes: compared with what PostgreSQL makes of the same text.
            expected.Add([.. row[..8], await AsJsonbTextAsync(connection, Encoding.UTF8.GetString((byte[])row[8]!)),
                row[9] is string note ? await AsJsonbTextAsync(connection, note) : null, row[10]]);
        }

        Assert.Equal(expected, read);
    }

    [Fact]
    public async Task RowsOverManySegments_AndValuesLargerThanASegment_ReadBackAsWritten()
    {
        CopyColumn[] columns =
        [
            new("id", "integer", NpgsqlDbType.Integer), new("note", "text", NpgsqlDbType.Text),
            new("tags", "text[]", NpgsqlDbType.Array | NpgsqlDbType.Text),
        ];
        // Texts of every length up to 300 characters, some of them 4 bytes each: fields end anywhere in a segment.
        var rows = Enumerable.Range(0, 3000)
            .Select(i => (Id: i, Note: string.Concat(Enumerable.Repeat(i % 2 == 0 ? "é" : "🚀", i % 300)), Tags: new[] { $"t{i}", "ü" }))
            .Append((Id: 3000, Note: new string('x', 3 * BinaryCopyEncoder.SegmentSize), Tags: [new string('y', 2 * BinaryCopyEncoder.SegmentSize)]))
            .Append((Id: 3001, Note: "after the large ones", Tags: []))
            .ToList();
        await using var connection = await OpenAsync();
        await CreateTableAsync(connection, columns);

        await Encode("copied", columns, rows, r => [r.Id, r.Note, r.Tags]).WriteAsync(connection, CancellationToken.None);

        await using var command = new NpgsqlCommand("SELECT id, note, tags FROM copied ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var read = new List<(int, string, string)>();
        while (await reader.ReadAsync())
        {
            read.Add((reader.GetInt32(0), reader.GetString(1), string.Join("|", reader.GetFieldValue<string[]>(2))));
        }

        Assert.Equal(rows.Select(r => (r.Id, r.Note, string.Join("|", r.Tags))), read);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.000")]
    [InlineData("-0.5")]
    [InlineData("1234.5678")]
    [InlineData("0.00001")]
    [InlineData("0.0001")]
    [InlineData("12055")]
    [InlineData("-12055.000")]
    [InlineData("10000.0001")]
    [InlineData("100000000")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-7.9228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    public async Task ANumeric_KeepsItsValueAndScale(string text)
    {
        var number = decimal.Parse(text, CultureInfo.InvariantCulture);
        CopyColumn[] columns = [new("n", "numeric", NpgsqlDbType.Numeric)];
        await using var connection = await OpenAsync();
        await CreateTableAsync(connection, columns);

        await Encode("copied", columns, [number], n => [n]).WriteAsync(connection, CancellationToken.None);

        await using var command = new NpgsqlCommand("SELECT n, n::text FROM copied", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(number, reader.GetDecimal(0));
        Assert.Equal(number.ToString(CultureInfo.InvariantCulture), reader.GetString(1));
    }

    [Fact]
    public async Task TheFirstAndLastInstants_AreInfinities_AsNpgsqlWritesThem()
    {
        CopyColumn[] columns = [new("at", "timestamptz", NpgsqlDbType.TimestampTz)];
        await using var connection = await OpenAsync();
        await CreateTableAsync(connection, columns);

        await Encode("copied", columns, [DateTimeOffset.MaxValue, DateTimeOffset.MinValue], at => [at]).WriteAsync(connection, CancellationToken.None);

        await using var command = new NpgsqlCommand("SELECT at::text, at FROM copied ORDER BY copied.at", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var read = new List<(string, DateTimeOffset)>();
        while (await reader.ReadAsync())
        {
            read.Add((reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1)));
        }

        Assert.Equal([("-infinity", DateTimeOffset.MinValue), ("infinity", DateTimeOffset.MaxValue)], read);
    }

    [Fact]
    public async Task ACopyThatFails_LeavesNoRow_AndTheConnectionUsable()
    {
        CopyColumn[] columns = [new("id", "char(24)", NpgsqlDbType.Char)];
        await using var connection = await OpenAsync();
        await CreateTableAsync(connection, columns);

        var failure = await Assert.ThrowsAsync<PostgresException>(() =>
            Encode("copied", columns, ["5eb87cd9ffd86e000604b32a", new string('x', 25)], id => [id]).WriteAsync(connection, CancellationToken.None));

        Assert.Equal(PostgresErrorCodes.StringDataRightTruncation, failure.SqlState);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM copied", connection);
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ACopyCancelledWhileItWrites_IsCancelled_AndLeavesNoRow()
    {
        await using var database = await TestDatabase.CreateAsync(migrated: false);
        // A millisecond per row: the server reads slowly, the socket fills, and the cancellation finds the write waiting.
        await database.ExecuteAsync("""
            CREATE TABLE copied (id integer, note text);
            CREATE FUNCTION slowly() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.001); RETURN NEW; END $$;
            CREATE TRIGGER slowly BEFORE INSERT ON copied FOR EACH ROW EXECUTE FUNCTION slowly();
            """);
        CopyColumn[] columns = [new("id", "integer", NpgsqlDbType.Integer), new("note", "text", NpgsqlDbType.Text)];
        var note = new string('x', 4096);
        var rows = Encode("copied", columns, Enumerable.Range(0, 10_000), id => [id, note]); // 40 MB
        await using var connection = await database.DataSource.OpenConnectionAsync();
        using var cancellation = new CancellationTokenSource();

        var copying = rows.WriteAsync(connection, cancellation.Token);
        await Poll.UntilAsync(async () => await database.ScalarAsync<long>(
            "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY copied%' AND state = 'active'") == 1, "the copy under way");
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => copying);
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM copied"));
    }

    [Fact]
    public async Task NoRows_CopyNothing()
    {
        CopyColumn[] columns = [new("id", "char(24)", NpgsqlDbType.Char)];
        await using var connection = await OpenAsync();

        // The table does not exist: a COPY would fail, so none is sent.
        await Encode("missing", columns, Array.Empty<string>(), id => [id]).WriteAsync(connection, CancellationToken.None);
    }

    private static CopyData Encode<T>(string table, IReadOnlyList<CopyColumn> columns, IEnumerable<T> rows, Func<T, object?[]> values) =>
        new CopyTarget<T>(table, columns, values).Encode(rows);

    private static object? Read<T>(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);

    private static async Task<string> AsJsonbTextAsync(NpgsqlConnection connection, string json)
    {
        await using var command = new NpgsqlCommand("SELECT $1::jsonb::text", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = json });
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(await PostgresServer.AdminConnectionStringAsync());
        await connection.OpenAsync();
        return connection;
    }

    private static async Task CreateTableAsync(NpgsqlConnection connection, IReadOnlyList<CopyColumn> columns)
    {
        await using var create = new NpgsqlCommand(
            $"CREATE TEMP TABLE copied ({string.Join(", ", columns.Select(c => $"{c.Name} {c.SqlType}"))})", connection);
        await create.ExecuteNonQueryAsync();
    }
}
