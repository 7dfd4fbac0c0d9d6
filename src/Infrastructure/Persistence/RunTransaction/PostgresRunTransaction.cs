using Npgsql;
using SpaceX.Application.Ingestion;
using SpaceX.Domain.Aggregations;
using SpaceX.Domain.Ingestion;
using SpaceX.Domain.Launches;
using SpaceX.Domain.Reference;
using SpaceX.Infrastructure.Persistence.Writes;

using SpaceX.Infrastructure.Persistence;

namespace SpaceX.Infrastructure.Persistence.RunTransaction;

/// <summary>
/// One run's transaction, on the connection that holds the run lock: staging tables that receive the pages by binary COPY,
/// gathered in batches of megabytes (<see cref="CopyBatch{T}"/>), then the set-based statements that make them the current
/// state; applied, it is the run's <see cref="IAppliedRun"/>. Disposed before <see cref="CommitAsync"/>, it rolls back.
/// The staging tables are created with the first page staged: a run that stages nothing (nothing changed) creates none and
/// runs none of the statements that read them. The reference collections (launchpads, rockets, landing pads) are written
/// as soon as they arrive, before any launch that names them. On a first load (no launch, payload nor raw version stored
/// yet) every batch goes straight into its tables: nothing stored can conflict, and the payloads arrive before the
/// launches, whose total mass is read from them (with the payloads they list that are not stored).
/// </summary>
internal sealed class PostgresRunTransaction : IRunTransaction, IAppliedRun
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly IngestionRun _run;
    private readonly bool _dryRun;
    private readonly DateTimeOffset _now;
    private readonly bool _firstLoad;
    private readonly CopyQueue _copies = new();
    private readonly CopyBatch<Staged<Payload>> _payloads;
    private readonly CopyBatch<Staged<Launch>>? _launches; // staged runs: encoded as they come
    private List<Staged<Launch>> _launchesAwaitingMasses = []; // a first load: encoded when copied, with their masses
    private readonly CopyBatch<(string LaunchId, Core Core)> _cores;
    private readonly CopyBatch<Staged<Launch>> _rawVersions;
    private readonly List<UnstoredPayload> _unstoredPayloads = []; // a first load's, found as its launches are copied
    private int _launchesStaged;
    private int _payloadsCopied;
    private bool _massesStale; // a first load's payloads came after launches copied with the masses then known
    private bool _staging; // the staging tables exist: something was staged

    private PostgresRunTransaction(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IngestionRun run, bool dryRun, bool firstLoad, DateTimeOffset now)
    {
        _connection = connection;
        _transaction = transaction;
        _run = run;
        _dryRun = dryRun;
        _firstLoad = firstLoad;
        _now = now;
        if (firstLoad)
        {
            _payloads = WriteTables.Payloads.IntoTable(run.Id, now).Batch();
            _cores = WriteTables.LaunchCores.IntoTable(run.Id, now).Batch();
            _rawVersions = RawVersions.IntoTable(run.Id, now).Batch();
        }
        else
        {
            _payloads = WriteTables.Payloads.Staging.Batch();
            _launches = WriteTables.Launches.Staging.Batch();
            _cores = WriteTables.LaunchCores.Staging.Batch();
            _rawVersions = RawVersions.Staging.Batch();
        }
    }

    public static async Task<PostgresRunTransaction> BeginAsync(
        NpgsqlConnection connection, TimeProvider clock, IngestionRun run, bool dryRun, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            if (dryRun)
            {
                await RunRows.InsertAsync(connection, run, cancellationToken); // for the foreign keys; rolled back with the rest
            }

            await using var isFirstLoad = new NpgsqlCommand(
                $"SELECT NOT EXISTS (SELECT 1 FROM {TableNames.Launches}) AND NOT EXISTS (SELECT 1 FROM {TableNames.Payloads}) " +
                $"AND NOT EXISTS (SELECT 1 FROM {TableNames.RawLaunches})", connection);
            var firstLoad = (bool)(await isFirstLoad.ExecuteScalarAsync(cancellationToken))!;
            return new PostgresRunTransaction(connection, transaction, run, dryRun, firstLoad, clock.GetUtcNow());
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    public Task StageLaunchpadsAsync(IReadOnlyList<Staged<Launchpad>> launchpads, CancellationToken cancellationToken) =>
        WriteReferencesAsync(WriteTables.Launchpads, launchpads, cancellationToken);

    public Task StageRocketsAsync(IReadOnlyList<Staged<Rocket>> rockets, CancellationToken cancellationToken) =>
        WriteReferencesAsync(WriteTables.Rockets, rockets, cancellationToken);

    public Task StageLandpadsAsync(IReadOnlyList<Staged<Landpad>> landpads, CancellationToken cancellationToken) =>
        WriteReferencesAsync(WriteTables.Landpads, landpads, cancellationToken);

    /// <summary>Run by the first copy that stages (copies run one at a time): a temporary table's creation is not free.</summary>
    private async Task CreateStagingTablesAsync(CancellationToken cancellationToken)
    {
        if (_staging)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(_connection);
        foreach (var sql in new[]
        {
            WriteTables.Launchpads.CreateStagingSql, WriteTables.Rockets.CreateStagingSql, WriteTables.Landpads.CreateStagingSql,
            WriteTables.Payloads.CreateStagingSql, WriteTables.Launches.CreateStagingSql, WriteTables.LaunchCores.CreateStagingSql,
            RawVersions.CreateStagingSql,
        })
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(sql));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        _staging = true;
    }

    /// <summary>Encoded here, by the caller; copied and upserted when the connection is free.</summary>
    private Task WriteReferencesAsync<T>(StagedUpsert<T> table, IReadOnlyList<T> records, CancellationToken cancellationToken)
    {
        var staged = table.Staging.Encode(records);
        return _copies.EnqueueAsync(async () =>
        {
            await CreateStagingTablesAsync(cancellationToken);
            await staged.WriteAsync(_connection, cancellationToken);
            await table.UpsertAsync(_connection, _run.Id, _now, cancellationToken);
        });
    }

    public Task StagePayloadsAsync(IReadOnlyList<Staged<Payload>> payloads, CancellationToken cancellationToken)
    {
        if (_firstLoad)
        {
            _payloadsCopied += payloads.Count;
            _massesStale |= _launchesStaged > 0;
        }

        _payloads.Add(payloads);
        return _payloads.IsFull ? CopyBatchesAsync(cancellationToken) : Task.CompletedTask;
    }

    /// <summary>
    /// Launches, their cores and their raw versions: staged, or on a first load copied straight in. On a first load the
    /// launches themselves are encoded once the connection is free, with the masses of their payloads stored by then.
    /// </summary>
    public Task StageLaunchesAsync(IReadOnlyList<Staged<Launch>> launches, CancellationToken cancellationToken)
    {
        _launchesStaged += launches.Count;
        _cores.Add(launches.SelectMany(l => l.Record.Cores.Select(c => (l.Record.Id, c))));
        _rawVersions.Add(launches);
        if (_launches is null)
        {
            _launchesAwaitingMasses.AddRange(launches);
        }
        else
        {
            _launches.Add(launches);
        }

        return _cores.IsFull || _rawVersions.IsFull || _launches?.IsFull == true ? CopyBatchesAsync(cancellationToken) : Task.CompletedTask;
    }

    /// <summary>
    /// Copies what the batches hold, payloads first: a first load's launches read their payloads' masses. Run when a
    /// batch is full, and before anything reads what was staged.
    /// </summary>
    private async Task CopyBatchesAsync(CancellationToken cancellationToken)
    {
        if (!_payloads.IsEmpty)
        {
            var payloads = _payloads.Take();
            await _copies.EnqueueAsync(async () =>
            {
                await CreateStagingTablesAsync(cancellationToken);
                await payloads.WriteAsync(_connection, cancellationToken);
            });
        }

        if (_rawVersions.IsEmpty)
        {
            return; // no launch since the last copy (each launch has its raw version)
        }

        var launches = _launches?.Take();
        var awaitingMasses = _launchesAwaitingMasses;
        _launchesAwaitingMasses = [];
        var (cores, rawVersions) = (_cores.Take(), _rawVersions.Take());
        await _copies.EnqueueAsync(async () =>
        {
            await CreateStagingTablesAsync(cancellationToken);
            var encodedLaunches = launches is null ? await EncodeWithMassesAsync(awaitingMasses, cancellationToken) : Task.FromResult(launches);
            // The raw versions (no foreign key to their launches) are copied while a first load's launches are encoded
            // on the other core; the cores after their launches.
            await rawVersions.WriteAsync(_connection, cancellationToken);
            await (await encodedLaunches).WriteAsync(_connection, cancellationToken);
            await cores.WriteAsync(_connection, cancellationToken);
        });
    }

    /// <summary>
    /// A first load's launches: reads the payloads they list as stored by now, notes those not stored, and returns the
    /// launches being encoded in the background with the total masses of their payloads.
    /// </summary>
    private async Task<Task<CopyData>> EncodeWithMassesAsync(List<Staged<Launch>> launches, CancellationToken cancellationToken)
    {
        var masses = await PayloadMasses.ReadAsync(_connection, launches.Select(l => l.Record), cancellationToken);
        _unstoredPayloads.AddRange(masses.UnstoredOf(launches.Select(l => l.Record)));
        return Task.Run(() => WriteTables.Launches.IntoTable(_run.Id, _now, l => WriteTables.DerivedLaunchValues(l.Record, masses)).Encode(launches));
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        await CopyBatchesAsync(cancellationToken);
        await _copies.DrainAsync();
    }

    /// <summary>None on a first load: nothing was stored before this run.</summary>
    public async Task<IReadOnlyList<string>> FindUnservedLaunchesAsync(
        LaunchSelection reRead, IReadOnlyCollection<string> alsoServed, CancellationToken cancellationToken)
    {
        await DrainAsync(cancellationToken);
        return _firstLoad
            ? []
            : await Unserved.FindLaunchesAsync(_connection, reRead, alsoServed, _staging ? WriteTables.Launches.StagingTable : null, cancellationToken);
    }

    public async Task<IReadOnlyList<UnstoredPayload>> FindUnstoredPayloadsAsync(
        IReadOnlyCollection<string> quarantinedPayloadIds, CancellationToken cancellationToken)
    {
        await DrainAsync(cancellationToken);
        if (_firstLoad && !_massesStale)
        {
            // Every payload was stored before the first launch was copied: what the launches' copies did not find is all.
            var quarantined = quarantinedPayloadIds.ToHashSet(StringComparer.Ordinal);
            return [.. _unstoredPayloads
                .Select(p => p with { Quarantined = quarantined.Contains(p.PayloadId) })
                .OrderBy(p => p.LaunchId, StringComparer.Ordinal).ThenBy(p => p.PayloadId, StringComparer.Ordinal)];
        }

        if (!_firstLoad && !_staging)
        {
            return []; // no launch staged, none listing a payload
        }

        var (launches, payloads) = _firstLoad
            ? ($"{TableNames.Launches}", $"{TableNames.Payloads}")
            : (WriteTables.Launches.StagingTable, WriteTables.Payloads.StagingTable);
        return await Unserved.FindPayloadsAsync(_connection, launches, payloads, quarantinedPayloadIds, cancellationToken);
    }

    public async Task<IReadOnlyList<GlancedLaunch>> FindChangedLaunchesAsync(
        IReadOnlyList<GlancedLaunch> observed, CancellationToken cancellationToken) =>
        await LaunchGlances.FindChangedAsync(_connection, observed, cancellationToken);

    public async Task SaveGlanceAsync(IReadOnlyList<GlancedLaunch> observed, CancellationToken cancellationToken) =>
        await LaunchGlances.SaveAsync(_connection, observed, cancellationToken);

    public async Task<IReadOnlyList<StaleUpcoming>> FindStaleUpcomingAsync(
        IReadOnlyCollection<string> launchIds, DateTimeOffset now, CancellationToken cancellationToken) =>
        await LaunchGlances.FindStaleUpcomingAsync(_connection, launchIds, now, cancellationToken);

    public AppliedChanges Changes { get; private set; } = null!;

    public async Task<IAppliedRun> ApplyAsync(RunFindings findings, CancellationToken cancellationToken)
    {
        await DrainAsync(cancellationToken);

        var (payloads, launches) = _firstLoad
            ? ((Inserted: _payloadsCopied, Updated: 0), (Inserted: _launchesStaged, Updated: 0))
            : await UpsertStagedAsync(cancellationToken);
        if (_massesStale)
        {
            await using var masses = new NpgsqlCommand(WriteTables.SumLaunchMassesSql, _connection);
            await masses.ExecuteNonQueryAsync(cancellationToken);
        }

        await Unserved.MarkRemovedAsync(_connection, findings.RemovedLaunchIds, _run.Id, _now, cancellationToken);
        var rawVersions = _firstLoad ? _launchesStaged
            : _staging ? await RawVersions.InsertStagedAsync(_connection, _run.Id, _now, cancellationToken)
            : 0;
        await WriteTables.Quarantine(_run.Id, _now).Encode(findings.Quarantined).WriteAsync(_connection, cancellationToken);

        await FingerprintRows.SaveAsync(_connection, findings.Fingerprints, _run.Id, _now, cancellationToken);
        Changes = new AppliedChanges(
            _launchesStaged, launches.Inserted, launches.Updated, rawVersions, payloads.Inserted + payloads.Updated,
            await HighWaterMarkRow.NewestFlownLaunchAsync(_connection, _now, cancellationToken));
        return this;
    }

    /// <summary>Payloads before launches (a launch's total mass is read from them), launches before their cores.</summary>
    private async Task<((int Inserted, int Updated) Payloads, (int Inserted, int Updated) Launches)> UpsertStagedAsync(
        CancellationToken cancellationToken)
    {
        if (!_staging)
        {
            return ((0, 0), (0, 0));
        }

        var payloads = await WriteTables.Payloads.UpsertAsync(_connection, _run.Id, _now, cancellationToken);
        var launches = await WriteTables.Launches.UpsertAsync(_connection, _run.Id, _now, cancellationToken);
        await using (var unlisted = new NpgsqlCommand(WriteTables.DeleteUnlistedCoresSql, _connection))
        {
            await unlisted.ExecuteNonQueryAsync(cancellationToken);
        }

        await WriteTables.LaunchCores.UpsertAsync(_connection, _run.Id, _now, cancellationToken);
        return (payloads, launches);
    }

    public async Task<IReadOnlyList<LandpadCount>> FindLandpadDisagreementsAsync(CancellationToken cancellationToken) =>
        await LandpadCounters.FindDisagreementsAsync(_connection, _now, cancellationToken);

    public async Task RecordSnapshotAsync(SnapshotType type, CancellationToken cancellationToken) =>
        await AggregationSql.RecomputeAsync(_connection, type, _run.Id, _now, cancellationToken);

    public async Task CommitAsync(IngestionRun run, RunNotes notes, CancellationToken cancellationToken)
    {
        await HighWaterMarkRow.SaveAsync(_connection, run.HighWaterMark, run.Id, _now, cancellationToken);
        await RunRows.UpdateAsync(_connection, run, notes, cancellationToken);
        await (_dryRun ? _transaction.RollbackAsync(cancellationToken) : _transaction.CommitAsync(cancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        await _copies.AbandonAsync();
        await _transaction.DisposeAsync(); // the connection stays with the run lock
    }
}
