using Npgsql;

namespace SpaceX.Infrastructure.Persistence.Writes;

/// <summary>
/// Writes the current state of one table in bulk: binary COPY into a temporary staging table, then one
/// <c>INSERT … ON CONFLICT (id) DO UPDATE … WHERE changed</c>. Rows whose content did not change are not touched,
/// so their <c>last_changed_at</c> stays and they count as unchanged.
/// </summary>
/// <param name="Table">Table in schema spacex; its staging table is <c>stage_{Table}</c>.</param>
/// <param name="Columns">Staged columns, <c>id</c> first.</param>
/// <param name="ChangedWhen">SQL over <c>t</c> (stored) and <c>excluded</c> (incoming) that says a row changed.</param>
/// <param name="TracksRuns">Whether the table has first_seen_run_id / last_changed_run_id.</param>
public sealed record StagedUpsert<T>(
    string Table, IReadOnlyList<CopyColumn> Columns, Func<T, object?[]> Values, string ChangedWhen, bool TracksRuns = false)
{
    public string StagingTable => $"stage_{Table}";

    /// <summary>Stages and upserts; returns how many rows were inserted and how many updated.</summary>
    public async Task<(int Inserted, int Updated)> RunAsync(
        NpgsqlConnection connection, IReadOnlyList<T> rows, Guid runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return (0, 0);
        }

        await StageAsync(connection, rows, cancellationToken);
        await using var command = new NpgsqlCommand(UpsertSql(), connection);
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        if (TracksRuns)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = runId });
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }

    private async Task StageAsync(NpgsqlConnection connection, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        var definition = string.Join(", ", Columns.Select(c => $"{c.Name} {c.SqlType}"));
        await using (var create = new NpgsqlCommand($"CREATE TEMP TABLE {StagingTable} ({definition}) ON COMMIT DROP", connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await BulkCopy.WriteAsync(connection, StagingTable, Columns, rows, Values, cancellationToken);
    }

    private string UpsertSql()
    {
        var stored = Columns.Where(c => c.Stored).Select(c => c.Name).ToList();
        var audit = TracksRuns ? ", first_seen_at, last_changed_at, first_seen_run_id, last_changed_run_id" : ", first_seen_at, last_changed_at";
        var auditValues = TracksRuns ? ", $1, $1, $2, $2" : ", $1, $1";
        var updates = stored.Skip(1).Select(c => $"{c} = excluded.{c}")
            .Append("last_changed_at = excluded.last_changed_at")
            .Concat(TracksRuns ? ["last_changed_run_id = excluded.last_changed_run_id"] : []);
        return $"""
            WITH written AS (
                INSERT INTO {SpaceXDbContext.Schema}.{Table} AS t ({string.Join(", ", stored)}{audit})
                SELECT {string.Join(", ", stored)}{auditValues} FROM {StagingTable}
                ON CONFLICT (id) DO UPDATE SET {string.Join(", ", updates)}
                WHERE {ChangedWhen}
                RETURNING (xmax = 0) AS inserted)
            SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM written
            """;
    }
}
