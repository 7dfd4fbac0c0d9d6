using Npgsql;
using NpgsqlTypes;
using SpaceX.Application.Ingestion;
using SpaceX.Application.Ingestion.Quality;
using SpaceX.Domain.Aggregations;
using SpaceX.Domain.Ingestion;
using SpaceX.Domain.Launches;
using SpaceX.Domain.Reference;
using SpaceX.Infrastructure.Persistence.Writes;

namespace SpaceX.Infrastructure.Persistence;

/// <summary>
/// One run's transaction on its own connection: staging tables that receive each page by binary COPY, then the
/// set-based statements that make them the current state. Disposed before <see cref="CompleteAsync"/>, it rolls back.
/// </summary>
internal sealed class PostgresIngestionWrite : IIngestionWrite
{
    public const string StateKey = "launches";

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly TimeProvider _clock;
    private readonly IngestionRun _run;
    private readonly bool _dryRun;
    private readonly DateTimeOffset _now;
    private readonly bool _firstLoad;
    private int _launchesStaged;
    private int _payloadsCopied;
    private Task _copying = Task.CompletedTask;

    private PostgresIngestionWrite(
        NpgsqlConnection connection, NpgsqlTransaction transaction, TimeProvider clock, IngestionRun run, bool dryRun, bool firstLoad)
    {
        _connection = connection;
        _firstLoad = firstLoad;
        _transaction = transaction;
        _clock = clock;
        _run = run;
        _dryRun = dryRun;
        _now = clock.GetUtcNow();
    }

    public static async Task<PostgresIngestionWrite> BeginAsync(
        NpgsqlDataSource dataSource, TimeProvider clock, IngestionRun run, bool dryRun, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (dryRun)
            {
                await RunRows.InsertAsync(connection, run, cancellationToken); // for the foreign keys; rolled back with the rest
            }

            await using var batch = new NpgsqlBatch(connection);
            foreach (var sql in new[]
            {
                WriteTables.Launchpads.CreateStagingSql, WriteTables.Rockets.CreateStagingSql, WriteTables.Payloads.CreateStagingSql,
                WriteTables.Launches.CreateStagingSql, RawVersions.CreateStagingSql,
                "SELECT NOT EXISTS (SELECT 1 FROM spacex.payloads) AND NOT EXISTS (SELECT 1 FROM spacex.raw_launches)",
            })
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(sql));
            }

            var firstLoad = (bool)(await batch.ExecuteScalarAsync(cancellationToken))!;
            return new PostgresIngestionWrite(connection, transaction, clock, run, dryRun, firstLoad);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public Task StageLaunchpadsAsync(IReadOnlyList<Staged<Launchpad>> launchpads, CancellationToken cancellationToken) =>
        StageAsync(WriteTables.Launchpads, launchpads, cancellationToken);

    public Task StageRocketsAsync(IReadOnlyList<Staged<Rocket>> rockets, CancellationToken cancellationToken) =>
        StageAsync(WriteTables.Rockets, rockets, cancellationToken);

    /// <summary>On a first load, payloads go straight into their (empty) table: nothing to compare them with.</summary>
    public Task StagePayloadsAsync(IReadOnlyList<Staged<Payload>> payloads, CancellationToken cancellationToken)
    {
        if (!_firstLoad)
        {
            return StageAsync(WriteTables.Payloads, payloads, cancellationToken);
        }

        _payloadsCopied += payloads.Count;
        return QueueAsync(() => WriteTables.Payloads.CopyIntoTableAsync(_connection, payloads, _run.Id, _now, cancellationToken));
    }

    /// <summary>Launches are staged (their total mass is computed when they are written); so are their raw versions, except on a first load.</summary>
    public Task StageLaunchesAsync(IReadOnlyList<Staged<Launch>> launches, CancellationToken cancellationToken)
    {
        _launchesStaged += launches.Count;
        return QueueAsync(async () =>
        {
            await WriteTables.Launches.StageAsync(_connection, launches, cancellationToken);
            await (_firstLoad
                ? RawVersions.CopyIntoTableAsync(_connection, launches, _run.Id, _now, cancellationToken)
                : RawVersions.StageAsync(_connection, launches, cancellationToken));
        });
    }

    public async Task<IReadOnlyList<string>> FindUnservedLaunchesAsync(
        LaunchSelection reRead, IReadOnlyCollection<string> alsoServed, CancellationToken cancellationToken)
    {
        await _copying;
        await using var command = new NpgsqlCommand(
            $"""
            SELECT l.id FROM spacex.launches l
            WHERE l.removed_at IS NULL
              AND ((($1::timestamptz IS NULL OR l.date_utc >= $1) AND ($2::timestamptz IS NULL OR l.date_utc <= $2)) OR l.id = ANY ($3))
              AND l.id <> ALL ($4)
              AND NOT EXISTS (SELECT 1 FROM {WriteTables.Launches.StagingTable} s WHERE s.id = l.id)
            ORDER BY l.id
            """, _connection);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)reRead.From ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)reRead.To ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = reRead.AlsoIds.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = alsoServed.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await PostgresLaunchStore.ReadIdsAsync(reader, cancellationToken);
    }

    /// <summary>Every payload listed is fetched in the same run, so what this run did not store was quarantined or not served.</summary>
    public async Task<IReadOnlyList<UnstoredPayload>> FindUnstoredPayloadsAsync(
        IReadOnlyCollection<string> quarantinedPayloadIds, CancellationToken cancellationToken)
    {
        await _copying;
        var stored = _firstLoad ? "spacex.payloads" : WriteTables.Payloads.StagingTable;
        await using var command = new NpgsqlCommand(
            $"""
            SELECT l.name, l.id, listed.id, listed.id = ANY ($1)
            FROM {WriteTables.Launches.StagingTable} l CROSS JOIN LATERAL unnest(l.payload_ids) AS listed(id)
            WHERE NOT EXISTS (SELECT 1 FROM {stored} p WHERE p.id = CAST(listed.id AS char(24)))
            ORDER BY l.id, listed.id
            """, _connection);
        command.Parameters.Add(new NpgsqlParameter { Value = quarantinedPayloadIds.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var unstored = new List<UnstoredPayload>();
        while (await reader.ReadAsync(cancellationToken))
        {
            unstored.Add(new UnstoredPayload(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3)));
        }

        return unstored;
    }

    public async Task<WriteResult> CompleteAsync(RunFindings findings, int httpRequests, CancellationToken cancellationToken)
    {
        await _copying;

        // Reference tables first: launches point at them, and a launch's total mass is read from the payloads.
        await WriteTables.Launchpads.UpsertAsync(_connection, _run.Id, _now, cancellationToken);
        await WriteTables.Rockets.UpsertAsync(_connection, _run.Id, _now, cancellationToken);
        var payloads = _firstLoad
            ? (Inserted: _payloadsCopied, Updated: 0)
            : await WriteTables.Payloads.UpsertAsync(_connection, _run.Id, _now, cancellationToken);
        var launches = await WriteTables.Launches.UpsertAsync(_connection, _run.Id, _now, cancellationToken);
        await MarkRemovedAsync(findings.RemovedLaunchIds, cancellationToken);
        var rawVersions = _firstLoad ? _launchesStaged : await RawVersions.InsertStagedAsync(_connection, _run.Id, _now, cancellationToken);
        await BulkCopy.WriteAsync(
            _connection, "spacex.quarantined_records", WriteTables.QuarantineColumns, findings.Quarantined,
            record => WriteTables.QuarantineRow(record, _run.Id, _now), cancellationToken);
        await SaveFingerprintsAsync(findings.Fingerprints, cancellationToken);
        var highWaterMark = await AdvanceHighWaterMarkAsync(cancellationToken);
        await AggregationSql.RecomputeAsync(
            _connection, _run.Mode == IngestionMode.Initial ? SnapshotType.Initial : SnapshotType.Incremental, _run.Id, _now, cancellationToken);

        var quarantinedLaunches = findings.Quarantined.Count(q => q.Entity == "launch");
        var counts = new RunCounts(
            Fetched: _launchesStaged + quarantinedLaunches,
            Inserted: launches.Inserted,
            Updated: launches.Updated,
            Unchanged: _launchesStaged - launches.Inserted - launches.Updated,
            Quarantined: quarantinedLaunches,
            RawVersionsAdded: rawVersions,
            RelatedQuarantined: findings.Quarantined.Count - quarantinedLaunches);
        _run.Succeed(counts, httpRequests, highWaterMark, _clock.GetUtcNow());
        await RunRows.UpdateAsync(_connection, _run, findings.Warnings, cancellationToken);

        if (_dryRun)
        {
            await _transaction.RollbackAsync(cancellationToken);
        }
        else
        {
            await _transaction.CommitAsync(cancellationToken);
        }

        return new WriteResult(counts, payloads.Inserted + payloads.Updated, highWaterMark);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _copying; // the connection is not closed under a copy still running
        }
        catch (Exception)
        {
            // The run has failed already (this is how its copy failed, or why it is being abandoned): rolled back below.
        }

        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private Task StageAsync<T>(StagedUpsert<T> table, IReadOnlyList<T> rows, CancellationToken cancellationToken) =>
        QueueAsync(() => table.StageAsync(_connection, rows, cancellationToken));

    /// <summary>
    /// Starts a copy once the previous one has finished (one at a time on the connection) and returns without
    /// waiting for it: the caller reads and validates its next page while PostgreSQL takes this one. A failed copy
    /// surfaces at the next call, or at the end.
    /// </summary>
    private async Task QueueAsync(Func<Task> copy)
    {
        await _copying;
        _copying = Task.Run(copy);
    }

    /// <summary>Kept for history, marked so that reports leave them out; a launch that comes back is unmarked by its upsert.</summary>
    private async Task MarkRemovedAsync(IReadOnlyList<string> launchIds, CancellationToken cancellationToken)
    {
        if (launchIds.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(
            "UPDATE spacex.launches SET removed_at = $1, last_changed_at = $1, last_changed_run_id = $2 WHERE id = ANY ($3)", _connection);
        command.Parameters.Add(new NpgsqlParameter { Value = _now });
        command.Parameters.Add(new NpgsqlParameter { Value = _run.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = launchIds.ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task SaveFingerprintsAsync(IReadOnlyDictionary<string, SchemaFingerprint> fingerprints, CancellationToken cancellationToken)
    {
        foreach (var (entity, fingerprint) in fingerprints)
        {
            await using var command = new NpgsqlCommand(
                """
                INSERT INTO spacex.source_fields (entity, fields, required_fields, field_types, run_id, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (entity) DO UPDATE SET fields = excluded.fields, required_fields = excluded.required_fields,
                    field_types = excluded.field_types, run_id = excluded.run_id, updated_at = excluded.updated_at
                """, _connection);
            command.Parameters.Add(new NpgsqlParameter { Value = entity });
            command.Parameters.Add(new NpgsqlParameter { Value = fingerprint.Known.Order(StringComparer.Ordinal).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = fingerprint.Required.Order(StringComparer.Ordinal).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = fingerprint.Types?.Order(StringComparer.Ordinal).ToArray() ?? [] });
            command.Parameters.Add(new NpgsqlParameter { Value = _run.Id });
            command.Parameters.Add(new NpgsqlParameter { Value = _now });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The newest date of a launch that has flown, never later than now; the domain refuses a mark that would
    /// move backwards, so a launch corrected to an earlier date leaves the mark where it was.
    /// </summary>
    private async Task<DateTimeOffset?> AdvanceHighWaterMarkAsync(CancellationToken cancellationToken)
    {
        await using var read = new NpgsqlCommand(
            $"""
            SELECT (SELECT high_water_mark FROM spacex.ingestion_state WHERE source = '{StateKey}'),
                   (SELECT max(date_utc) FROM spacex.launches WHERE NOT upcoming AND date_utc <= $1)
            """, _connection);
        read.Parameters.Add(new NpgsqlParameter { Value = _now });
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
            state.Advance(candidate, _now);
        }

        await using var write = new NpgsqlCommand(
            $"""
            INSERT INTO spacex.ingestion_state (source, high_water_mark, last_run_id, updated_at) VALUES ('{StateKey}', $1, $2, $3)
            ON CONFLICT (source) DO UPDATE SET high_water_mark = excluded.high_water_mark,
                last_run_id = excluded.last_run_id, updated_at = excluded.updated_at
            """, _connection);
        write.Parameters.Add(new NpgsqlParameter { Value = (object?)state.HighWaterMark ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        write.Parameters.Add(new NpgsqlParameter { Value = _run.Id });
        write.Parameters.Add(new NpgsqlParameter { Value = _now });
        await write.ExecuteNonQueryAsync(cancellationToken);
        return state.HighWaterMark;
    }
}
