using Npgsql;
using SpaceX.Application.Database;
using SpaceX.Application.Runs;
using SpaceX.Infrastructure.Persistence;

namespace SpaceX.Infrastructure.Database;

public sealed class PostgresStatusReader(PostgresDatabase postgres, IDatabaseSchema schema, IRunHistoryReader runs) : IStatusReader
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
            await runs.ListRunsAsync(lastRuns, cancellationToken),
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
}
