using Npgsql;

namespace SpaceX.Infrastructure.Persistence.Writes;

internal static class BulkCopy
{
    /// <summary>A temporary table with these columns, dropped when the transaction ends: where rows are staged.</summary>
    public static string CreateTempTableSql(string table, IReadOnlyList<CopyColumn> columns) =>
        $"CREATE TEMP TABLE {table} ({string.Join(", ", columns.Select(c => $"{c.Name} {c.SqlType}"))}) ON COMMIT DROP";

    /// <summary>Binary COPY of all rows into a table: one round trip, whatever the row count.</summary>
    public static async Task WriteAsync<T>(
        NpgsqlConnection connection, string table, IReadOnlyList<CopyColumn> columns, IEnumerable<T> rows,
        Func<T, object?[]> values, CancellationToken cancellationToken)
    {
        var names = string.Join(", ", columns.Select(c => c.Name));
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            var fields = values(row);
            for (var i = 0; i < columns.Count; i++)
            {
                if (fields[i] is null)
                {
                    await writer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await writer.WriteAsync(fields[i], columns[i].WireType, cancellationToken);
                }
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
