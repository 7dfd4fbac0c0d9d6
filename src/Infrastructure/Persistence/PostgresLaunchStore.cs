using Npgsql;
using SpaceX.Application.Ingestion;
using SpaceX.Application.Ingestion.Quality;
using SpaceX.Domain.Aggregations;
using SpaceX.Domain.Ingestion;
using SpaceX.Infrastructure.Database;
using SpaceX.Infrastructure.Persistence.Writes;

namespace SpaceX.Infrastructure.Persistence;

/// <summary>The pipeline's store in PostgreSQL, on Npgsql directly: bulk COPY and set-based SQL, one transaction per run.</summary>
public sealed class PostgresLaunchStore(NpgsqlDataSource dataSource, TimeProvider clock) : ILaunchStore
{
    private const string StateKey = "launches";

    public async Task<IAsyncDisposable?> AcquireRunLockAsync(bool wait, CancellationToken cancellationToken) =>
        await RunLock.AcquireAsync(dataSource, wait, cancellationToken);

    public async Task<int> AbandonStaleRunsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE spacex.ingestion_runs SET status = 'abandoned', finished_at = $1, " +
            "error = 'left running by a process that ended without finishing it' WHERE status = 'running'");
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<StoredState> ReadStateAsync(CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT high_water_mark FROM spacex.ingestion_state WHERE source = '{StateKey}'"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT count(*) FROM spacex.launches"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT id FROM spacex.launches WHERE upcoming"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT id FROM spacex.launchpads"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT id FROM spacex.rockets"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT entity, fields, required_fields FROM spacex.source_fields"));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var highWaterMark = await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0) ? reader.GetFieldValue<DateTimeOffset>(0) : (DateTimeOffset?)null;
        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var launchCount = (int)reader.GetInt64(0);
        await reader.NextResultAsync(cancellationToken);
        var upcoming = await ReadIdsAsync(reader, cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        var launchpads = await ReadIdsAsync(reader, cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        var rockets = await ReadIdsAsync(reader, cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        var fingerprints = new Dictionary<string, SchemaFingerprint>();
        while (await reader.ReadAsync(cancellationToken))
        {
            fingerprints[reader.GetString(0)] = new SchemaFingerprint(
                reader.GetFieldValue<string[]>(1).ToHashSet(), reader.GetFieldValue<string[]>(2).ToHashSet());
        }

        return new StoredState(highWaterMark, launchCount, upcoming, launchpads, rockets, fingerprints);
    }

    public async Task<IReadOnlySet<string>> ReadLaunchIdsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT id FROM spacex.launches");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ReadIdsAsync(reader, cancellationToken);
    }

    public async Task StartRunAsync(IngestionRun run, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await InsertRunAsync(connection, run, cancellationToken);
    }

    public async Task<WriteResult> WriteAsync(
        IngestionRun run, IngestionBatch batch, int httpRequests, bool dryRun, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (dryRun)
        {
            await InsertRunAsync(connection, run, cancellationToken); // for the foreign keys; rolled back below
        }

        // Reference tables first: launches point at them.
        await WriteTables.Launchpads.RunAsync(connection, batch.Launchpads, run.Id, now, cancellationToken);
        await WriteTables.Rockets.RunAsync(connection, batch.Rockets, run.Id, now, cancellationToken);
        var payloads = await WriteTables.Payloads.RunAsync(connection, batch.Payloads, run.Id, now, cancellationToken);
        var launches = await WriteTables.Launches.RunAsync(connection, batch.Launches, run.Id, now, cancellationToken);
        var rawVersions = await AppendRawVersionsAsync(connection, batch, run.Id, now, cancellationToken);
        await BulkCopy.WriteAsync(
            connection, "spacex.quarantined_records", WriteTables.QuarantineColumns, batch.Quarantined,
            record => WriteTables.QuarantineRow(record, run.Id, now), cancellationToken);
        await SaveFingerprintsAsync(connection, batch.Fingerprints, run.Id, now, cancellationToken);
        var highWaterMark = await AdvanceHighWaterMarkAsync(connection, run.Id, now, cancellationToken);
        await AggregationSql.RecomputeAsync(
            connection, run.Mode == IngestionMode.Initial ? SnapshotType.Initial : SnapshotType.Incremental, run.Id, now, cancellationToken);

        var quarantinedLaunches = batch.Quarantined.Count(q => q.Entity == "launch");
        var counts = new RunCounts(
            Fetched: batch.Launches.Count + quarantinedLaunches,
            Inserted: launches.Inserted,
            Updated: launches.Updated,
            Unchanged: batch.Launches.Count - launches.Inserted - launches.Updated,
            Quarantined: quarantinedLaunches,
            RawVersionsAdded: rawVersions,
            RelatedQuarantined: batch.Quarantined.Count - quarantinedLaunches);
        run.Succeed(counts, httpRequests, highWaterMark, clock.GetUtcNow());
        await UpdateRunAsync(connection, run, batch.Warnings, cancellationToken);

        if (dryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
        }
        else
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new WriteResult(counts, payloads.Inserted + payloads.Updated, highWaterMark);
    }

    public async Task RecordFailureAsync(IngestionRun run, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await UpdateRunAsync(connection, run, [], cancellationToken);
    }

    private static async Task SaveFingerprintsAsync(
        NpgsqlConnection connection, IReadOnlyDictionary<string, SchemaFingerprint> fingerprints, Guid runId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        foreach (var (entity, fingerprint) in fingerprints)
        {
            await using var command = new NpgsqlCommand(
                """
                INSERT INTO spacex.source_fields (entity, fields, required_fields, run_id, updated_at) VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT (entity) DO UPDATE SET fields = excluded.fields, required_fields = excluded.required_fields,
                    run_id = excluded.run_id, updated_at = excluded.updated_at
                """, connection);
            command.Parameters.Add(new NpgsqlParameter { Value = entity });
            command.Parameters.Add(new NpgsqlParameter { Value = fingerprint.Known.Order(StringComparer.Ordinal).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = fingerprint.Required.Order(StringComparer.Ordinal).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = runId });
            command.Parameters.Add(new NpgsqlParameter { Value = now });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>A raw version only when the launch's JSON is new: the unique (launch_id, content_hash) makes re-runs add nothing.</summary>
    private static async Task<int> AppendRawVersionsAsync(
        NpgsqlConnection connection, IngestionBatch batch, Guid runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (batch.Launches.Count == 0)
        {
            return 0;
        }

        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO spacex.raw_launches (launch_id, content_hash, payload, run_id, ingested_at)
            SELECT id, content_hash, raw, $1, $2 FROM {WriteTables.Launches.StagingTable}
            ON CONFLICT (launch_id, content_hash) DO NOTHING
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = runId });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The newest date of a launch that has flown, never later than now; the domain refuses a mark that would
    /// move backwards, so a launch corrected to an earlier date leaves the mark where it was.
    /// </summary>
    private static async Task<DateTimeOffset?> AdvanceHighWaterMarkAsync(
        NpgsqlConnection connection, Guid runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var read = new NpgsqlCommand(
            $"""
            SELECT (SELECT high_water_mark FROM spacex.ingestion_state WHERE source = '{StateKey}'),
                   (SELECT max(date_utc) FROM spacex.launches WHERE NOT upcoming AND date_utc <= $1)
            """, connection);
        read.Parameters.Add(new NpgsqlParameter { Value = now });
        DateTimeOffset? current, newest;
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            current = reader.IsDBNull(0) ? null : reader.GetFieldValue<DateTimeOffset>(0);
            newest = reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1);
        }

        var state = current is { } mark ? IngestionState.At(mark) : IngestionState.Empty();
        if (newest is { } candidate && (current is null || candidate > current))
        {
            state.Advance(candidate, now);
        }

        await using var write = new NpgsqlCommand(
            $"""
            INSERT INTO spacex.ingestion_state (source, high_water_mark, last_run_id, updated_at) VALUES ('{StateKey}', $1, $2, $3)
            ON CONFLICT (source) DO UPDATE SET high_water_mark = excluded.high_water_mark,
                last_run_id = excluded.last_run_id, updated_at = excluded.updated_at
            """, connection);
        write.Parameters.Add(new NpgsqlParameter { Value = (object?)state.HighWaterMark ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        write.Parameters.Add(new NpgsqlParameter { Value = runId });
        write.Parameters.Add(new NpgsqlParameter { Value = now });
        await write.ExecuteNonQueryAsync(cancellationToken);
        return state.HighWaterMark;
    }

    private static async Task InsertRunAsync(NpgsqlConnection connection, IngestionRun run, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO spacex.ingestion_runs (id, mode, status, started_at, fetched, inserted, updated, unchanged, quarantined,
                related_quarantined, raw_versions_added, http_requests)
            VALUES ($1, $2, $3, $4, 0, 0, 0, 0, 0, 0, 0, 0)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = run.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = DbNames.Of(run.Mode) });
        command.Parameters.Add(new NpgsqlParameter { Value = DbNames.Of(run.Status) });
        command.Parameters.Add(new NpgsqlParameter { Value = run.StartedAt });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task UpdateRunAsync(
        NpgsqlConnection connection, IngestionRun run, IReadOnlyList<string> warnings, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            UPDATE spacex.ingestion_runs SET status = $2, finished_at = $3, fetched = $4, inserted = $5, updated = $6,
                unchanged = $7, quarantined = $8, related_quarantined = $9, raw_versions_added = $10, http_requests = $11,
                high_water_mark = $12, error = $13, warnings = $14
            WHERE id = $1
            """, connection);
        object?[] values =
        [
            run.Id, DbNames.Of(run.Status), run.FinishedAt, run.Counts.Fetched, run.Counts.Inserted, run.Counts.Updated,
            run.Counts.Unchanged, run.Counts.Quarantined, run.Counts.RelatedQuarantined, run.Counts.RawVersionsAdded,
            run.HttpRequests, run.HighWaterMark, run.Error, warnings.ToArray(),
        ];
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<HashSet<string>> ReadIdsAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
