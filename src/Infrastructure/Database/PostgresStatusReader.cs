using Npgsql;
using SpaceX.Application.Database;
using SpaceX.Application.Database.GetStatus;
using SpaceX.Domain.Ingestion;
using SpaceX.Infrastructure.Persistence;

namespace SpaceX.Infrastructure.Database;

public sealed class PostgresStatusReader(PostgresDatabase postgres, IDatabaseSchema schema) : IStatusReader
{
    public static readonly IReadOnlyList<string> Tables =
    [
        "launches", "raw_launches", "payloads", "launchpads", "rockets",
        "ingestion_state", "ingestion_runs", "quarantined_records", "launch_aggregations", "source_fields",
    ];

    public async Task<StatusReport> ReadAsync(int lastRuns, CancellationToken cancellationToken)
    {
        var dataSource = await postgres.DataSourceAsync(cancellationToken);
        var database = ConnectionStrings.Describe(dataSource.ConnectionString);
        var schemaState = await schema.GetStateAsync(cancellationToken);
        if (schemaState.Applied.Count == 0)
        {
            return new StatusReport(database, schemaState, [], null, [], null);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return new StatusReport(
            database,
            schemaState,
            await CountRowsAsync(connection, cancellationToken),
            await ReadHighWaterMarkAsync(connection, cancellationToken),
            await ReadLastRunsAsync(connection, lastRuns, cancellationToken),
            await ReadLastSuccessAsync(connection, cancellationToken));
    }

    private static async Task<DateTimeOffset?> ReadLastSuccessAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT max(finished_at) FROM spacex.ingestion_runs WHERE status IN ('succeeded', 'succeeded_with_warnings')", connection);
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime value ? new DateTimeOffset(value, TimeSpan.Zero) : null;
    }

    private static async Task<IReadOnlyList<TableRowCount>> CountRowsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var sql = string.Join(
            " UNION ALL ",
            Tables.Select((table, i) => $"SELECT {i}, count(*) FROM {SpaceXDbContext.Schema}.{table}"));
        await using var command = new NpgsqlCommand(sql + " ORDER BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new List<TableRowCount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(new TableRowCount(Tables[reader.GetInt32(0)], reader.GetInt64(1)));
        }

        return counts;
    }

    private static async Task<DateTimeOffset?> ReadHighWaterMarkAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT max(high_water_mark) FROM spacex.ingestion_state", connection);
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime value
            ? new DateTimeOffset(value, TimeSpan.Zero)
            : null;
    }

    private static async Task<IReadOnlyList<RunSummary>> ReadLastRunsAsync(
        NpgsqlConnection connection, int lastRuns, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT id, mode, status, started_at, finished_at, fetched, inserted, updated, unchanged, quarantined,
                   raw_versions_added, related_quarantined, error
            FROM spacex.ingestion_runs ORDER BY started_at DESC LIMIT $1
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = lastRuns });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var runs = new List<RunSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(new RunSummary(
                reader.GetGuid(0),
                DbNames.ParseMode(reader.GetString(1)),
                DbNames.ParseStatus(reader.GetString(2)),
                reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
                new RunCounts(reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9), reader.GetInt32(10), reader.GetInt32(11)),
                reader.IsDBNull(12) ? null : reader.GetString(12)));
        }

        return runs;
    }
}
