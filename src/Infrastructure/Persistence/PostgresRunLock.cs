using Npgsql;
using SpaceX.Application.Ingestion;
using SpaceX.Domain.Ingestion;
using SpaceX.Infrastructure.Database;
using SpaceX.Infrastructure.Persistence.RunTransaction;

namespace SpaceX.Infrastructure.Persistence;

/// <summary>The run lock, held on its connection: what a run reads and writes before and around its transaction goes over it.</summary>
internal sealed class PostgresRunLock(AdvisoryLock held, TimeProvider clock) : IRunLock
{
    private NpgsqlConnection RunConnection => held.Connection;

    public async Task<int> AbandonStaleRunsAsync(CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"UPDATE {TableNames.IngestionRuns} SET status = 'abandoned', finished_at = $1, " +
            "error = 'left running by a process that ended without finishing it' WHERE status = 'running'", RunConnection);
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<StoredState> ReadStateAsync(CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(RunConnection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(HighWaterMarkRow.ReadSql));
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT count(*) FROM {TableNames.Launches}"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT id FROM {TableNames.Launches} WHERE upcoming"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT id FROM {TableNames.Launchpads}"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT id FROM {TableNames.Rockets}"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT id FROM {TableNames.Landpads}"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(FingerprintRows.ReadSql));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(RetrySql));
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT finished_at FROM ({RunRows.LastSuccessfulSql}) last"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            $"SELECT status = 'failed' FROM {TableNames.IngestionRuns} WHERE status <> 'running' ORDER BY started_at DESC LIMIT 1"));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var highWaterMark = await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0) ? reader.GetFieldValue<DateTimeOffset>(0) : (DateTimeOffset?)null;
        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var launchCount = (int)reader.GetInt64(0);
        await reader.NextResultAsync(cancellationToken);
        var upcoming = await ReadIdsAsync(reader, cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        var launchpads = (await ReadIdsAsync(reader, cancellationToken)).ToHashSet();
        await reader.NextResultAsync(cancellationToken);
        var rockets = (await ReadIdsAsync(reader, cancellationToken)).ToHashSet();
        await reader.NextResultAsync(cancellationToken);
        var landpads = (await ReadIdsAsync(reader, cancellationToken)).ToHashSet();
        await reader.NextResultAsync(cancellationToken);
        var fingerprints = await FingerprintRows.ReadAsync(reader, cancellationToken);

        await reader.NextResultAsync(cancellationToken);
        var retry = new List<(RecordKind Kind, string Id)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            retry.Add((RecordKinds.Parse(reader.GetString(0)), reader.GetString(1)));
        }

        await reader.NextResultAsync(cancellationToken);
        var lastSuccessAt = await reader.ReadAsync(cancellationToken) ? reader.GetFieldValue<DateTimeOffset>(0) : (DateTimeOffset?)null;
        await reader.NextResultAsync(cancellationToken);
        var lastRunFailed = await reader.ReadAsync(cancellationToken) && reader.GetBoolean(0);
        return new StoredState(
            highWaterMark, lastSuccessAt, lastRunFailed, launchCount, upcoming, launchpads, rockets, landpads, fingerprints,
            retry.Where(r => r.Kind == RecordKind.Launch).Select(r => r.Id).ToList(), retry.Where(r => r.Kind == RecordKind.Payload).Select(r => r.Id).ToList(),
            retry.Where(r => r.Kind is RecordKind.Launchpad or RecordKind.Rocket or RecordKind.Landpad).Select(r => r.Id).ToList());
    }

    /// <summary>
    /// What the last successful run quarantined, to read again: its launches, payloads and references, and the stored launches
    /// that list those payloads (their total mass is recomputed when they are written). The launches are scanned only
    /// when a payload was quarantined.
    /// </summary>
    private static readonly string RetrySql =
        $$"""
        WITH quarantined AS (
            SELECT entity, record_id FROM {{TableNames.QuarantinedRecords}}
            WHERE entity IN ('launch', 'payload', 'launchpad', 'rocket', 'landpad') AND record_id IS NOT NULL AND run_id = (SELECT id FROM ({{RunRows.LastSuccessfulSql}}) last))
        SELECT entity, record_id FROM quarantined
        UNION
        SELECT 'launch', l.id FROM {{TableNames.Launches}} l
        WHERE EXISTS (SELECT 1 FROM quarantined WHERE entity = 'payload')
          AND l.payload_ids && ARRAY(SELECT record_id FROM quarantined WHERE entity = 'payload')
        """;

    public Task StartRunAsync(IngestionRun run, CancellationToken cancellationToken) =>
        RunRows.InsertAsync(RunConnection, run, cancellationToken);

    public async Task<IRunTransaction> BeginRunTransactionAsync(IngestionRun run, bool dryRun, CancellationToken cancellationToken) =>
        await PostgresRunTransaction.BeginAsync(RunConnection, clock, run, dryRun, cancellationToken);

    /// <summary>The first column of the reader's current result, in the order read.</summary>
    internal static async Task<List<string>> ReadIdsAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public ValueTask DisposeAsync() => held.DisposeAsync();
}
