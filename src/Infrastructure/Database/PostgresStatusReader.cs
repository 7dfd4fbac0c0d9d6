using Npgsql;
using SpaceX.Application.Database;
using SpaceX.Infrastructure.Persistence;

namespace SpaceX.Infrastructure.Database;

/// <summary>The status, read on one connection at a time (a request to <c>serve</c> holds one of its budget).</summary>
public sealed class PostgresStatusReader(PostgresDatabase postgres, IDatabaseSchema schema) : IStatusReader
{
    public async Task<StatusReport> ReadAsync(int lastRuns, bool countRows, CancellationToken cancellationToken)
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
            countRows ? await CountRowsAsync(connection, cancellationToken) : [],
            await ReadHighWaterMarkAsync(connection, cancellationToken),
            await PostgresRunHistoryReader.ListRunsAsync(connection, lastRuns, cancellationToken),
            await ReadLastSuccessAsync(connection, cancellationToken));
    }

    /// <summary>The newest successful run's end.</summary>
    private static async Task<DateTimeOffset?> ReadLastSuccessAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT finished_at FROM ({RunRows.LastSuccessfulSql}) last", connection);
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime value ? new DateTimeOffset(value, TimeSpan.Zero) : null;
    }

    private static async Task<IReadOnlyList<TableRowCount>> CountRowsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var sql = string.Join(
            " UNION ALL ",
            TableNames.All.Select((table, i) => $"SELECT {i}, count(*) FROM {table}"));
        return await SqlQuery.ListAsync(
            connection, sql + " ORDER BY 1", [], reader => new TableRowCount(TableNames.Bare(TableNames.All[reader.GetInt32(0)]), reader.GetInt64(1)), cancellationToken);
    }

    private static async Task<DateTimeOffset?> ReadHighWaterMarkAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT max(high_water_mark) FROM {TableNames.IngestionState}", connection);
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime value
            ? new DateTimeOffset(value, TimeSpan.Zero)
            : null;
    }
}
