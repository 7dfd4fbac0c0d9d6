using Mediator;
using Microsoft.Extensions.Logging;
using SpaceX.Application.Ingestion.Quality;
using SpaceX.Application.Monitoring;
using SpaceX.Domain;
using SpaceX.Domain.Aggregations;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Ingestion.RunIncrementalIngestion;

/// <summary>
/// One run: lock, run row, mode, then ONE transaction that receives the records page by page as they arrive
/// (validated, bad ones quarantined), and at the end the checks, the current state, the high-water mark, the
/// aggregation snapshot and the run's counts.
/// </summary>
public sealed class RunIncrementalIngestionHandler(
    ISpaceXSource source, ILaunchStore store, IRunProgress display, TimeProvider clock, PipelineMetrics metrics,
    ILogger<RunIncrementalIngestionHandler> logger)
    : ICommandHandler<RunIncrementalIngestionCommand, IngestionReport>
{
    /// <summary>The run's id on every line it logs, and in the <see cref="Exception.Data"/> of the exception that ended it.</summary>
    public const string RunIdProperty = "RunId";

    public async ValueTask<IngestionReport> Handle(RunIncrementalIngestionCommand command, CancellationToken cancellationToken)
    {
        var timer = new StepTimer(clock);
        await using var runLock = await store.AcquireRunLockAsync(command.Wait, cancellationToken)
            ?? throw new RunInProgressException();
        var abandoned = await store.AbandonStaleRunsAsync(cancellationToken);
        var state = await store.ReadStateAsync(cancellationToken);
        var run = IngestionRun.Start(DecideMode(command, state), clock.GetUtcNow());
        using var runScope = logger.BeginScope(new Dictionary<string, object> { [RunIdProperty] = run.Id }); // on every line of the run
        var everything = run.Mode is IngestionMode.Initial or IngestionMode.FullRefresh;
        var selection = everything ? LaunchSelection.All : Selection(run.Mode, command, state);
        var requestsBefore = source.RequestsMade;
        // An incremental run first glances at its selection in one request (payloads populated) and fetches it in full
        // only when a launch changed: the run cron makes most, which finds nothing, costs one request. The glance goes
        // out now, while the run row and the run's transaction are written and opened.
        var glance = run.Mode == IngestionMode.Incremental ? ObserveAsync(selection, cancellationToken) : NoGlance;
        if (!command.DryRun)
        {
            await store.StartRunAsync(run, cancellationToken);
        }

        timer.Lap("prepare");
        try
        {
            await using var transaction = await store.BeginRunTransactionAsync(run, command.DryRun, cancellationToken);
            var stager = new RecordStager(transaction, state, clock.GetUtcNow(), collectPayloadIds: !everything);
            await using var progress = new ProgressReporter(stager, source, display, clock, logger);
            var observed = await glance;
            var changed = observed is null ? null : await transaction.FindChangedLaunchesAsync(observed, cancellationToken);
            var unchanged = changed is { Count: 0 } && state.RetryPayloadIds.Count == 0;
            if (observed is not null)
            {
                logger.LogDebug("Glance: launches seen {Observed}, changed or new {Changed}", observed.Count, changed!.Count);
            }

            if (!unchanged)
            {
                await (everything
                    ? FetchEverythingAsync(stager, cancellationToken)
                    : FetchSelectionAsync(selection, state.RetryPayloadIds, stager, cancellationToken));
            }

            timer.Lap(unchanged ? "glance (nothing changed)" : "fetch, validate, stage");
            logger.LogDebug(
                "Staged: {Launches} launches, {Payloads} payloads, {Launchpads} launchpads, {Rockets} rockets received; {Quarantined} quarantined",
                stager.Received(RecordKind.Launch), stager.Received(RecordKind.Payload), stager.Received(RecordKind.Launchpad),
                stager.Received(RecordKind.Rocket), stager.Quarantined.Count);
            progress.Step("checking");
            EnsureBelowThreshold(stager, command.MaxInvalidPercent);
            var findings = await CheckQualityAsync(
                stager, transaction, run.Mode, selection, command, state, unchanged ? observed : null, cancellationToken);
            timer.Lap("checks");
            logger.LogDebug("Checks: launches no longer served {Removed}, warnings {Warnings}", findings.RemovedLaunchIds.Count, findings.Warnings.Count);
            progress.Step("writing");
            var applied = await transaction.ApplyAsync(findings, cancellationToken);
            logger.LogDebug(
                "Applied: {Inserted} launches inserted, {Updated} updated, {RawVersions} raw versions added, {Payloads} payloads written",
                applied.Inserted, applied.Updated, applied.RawVersionsAdded, applied.PayloadsWritten);
            if (observed is not null)
            {
                // A launch quarantined now keeps its old hash, so the next run fetches it again.
                await transaction.SaveObservedAsync([.. observed.Where(o => o.Id is null || !stager.QuarantinedLaunchIds.Contains(o.Id))], cancellationToken);
            }

            if (ChangedTheData(applied, findings, state))
            {
                await transaction.RecordSnapshotAsync(SnapshotOf(run.Mode), cancellationToken);
            }

            var requests = source.RequestsMade - requestsBefore;
            run.Succeed(Counts(applied, findings, unfetched: unchanged ? observed!.Count : 0), requests, AdvanceMark(state.HighWaterMark, applied.NewestFlownLaunch), clock.GetUtcNow());
            await transaction.CommitAsync(run, findings.Warnings, cancellationToken);
            timer.Lap(command.DryRun ? "write (rolled back)" : "write");
            if (!command.DryRun)
            {
                metrics.RunEnded(run);
            }

            var report = new IngestionReport(
                run.Id, run.Mode, run.Status, command.DryRun, run.Counts, stager.Received(RecordKind.Payload), applied.PayloadsWritten,
                requests, state.HighWaterMark, run.HighWaterMark, abandoned, timer.Steps, findings.Quarantined, findings.Warnings);
            Log(report);
            return report;
        }
        catch (OperationCanceledException e) when (!command.DryRun && run.Status == RunStatus.Running && cancellationToken.IsCancellationRequested)
        {
            run.Cancel("cancelled before it finished; nothing was written", source.RequestsMade - requestsBefore, clock.GetUtcNow());
            await RecordEndAsync(run, e);
            throw;
        }
        catch (Exception e) when (!command.DryRun && run.Status == RunStatus.Running)
        {
            run.Fail(e.Message, source.RequestsMade - requestsBefore, clock.GetUtcNow());
            await RecordEndAsync(run, e);
            throw;
        }
    }

    /// <summary>
    /// Whether the run changed what the snapshot summarises: a launch or payload written, a launch marked removed, or a
    /// launch or payload quarantined that the last successful run had not (one quarantined again is retried, not news).
    /// A run that changed nothing writes no snapshot, so the time series is the data's history, not the scheduler's.
    /// </summary>
    private static bool ChangedTheData(AppliedChanges applied, RunFindings findings, StoredState state) =>
        applied.Inserted + applied.Updated + applied.PayloadsWritten + findings.RemovedLaunchIds.Count > 0
        || findings.Quarantined.Any(q => q.Kind switch
        {
            RecordKind.Launch => q.RecordId is null || !state.RetryLaunchIds.Contains(q.RecordId),
            RecordKind.Payload => q.RecordId is null || !state.RetryPayloadIds.Contains(q.RecordId),
            _ => false,
        });

    private static SnapshotType SnapshotOf(IngestionMode mode) => mode switch
    {
        IngestionMode.Initial => SnapshotType.Initial,
        IngestionMode.Incremental => SnapshotType.Incremental,
        IngestionMode.FullRefresh => SnapshotType.FullRefresh,
        _ => SnapshotType.Backfill,
    };

    /// <summary>
    /// Every fetched launch was inserted, updated, left unchanged or quarantined; related records are counted apart.
    /// <paramref name="unfetched"/> launches were seen unchanged at a glance and not fetched again.
    /// </summary>
    private static RunCounts Counts(AppliedChanges applied, RunFindings findings, int unfetched)
    {
        var quarantinedLaunches = findings.Quarantined.Count(q => q.Kind == RecordKind.Launch);
        return new RunCounts(
            Fetched: applied.LaunchesStaged + quarantinedLaunches + unfetched,
            Inserted: applied.Inserted,
            Updated: applied.Updated,
            Unchanged: applied.LaunchesStaged - applied.Inserted - applied.Updated + unfetched,
            Quarantined: quarantinedLaunches,
            RawVersionsAdded: applied.RawVersionsAdded,
            RelatedQuarantined: findings.Quarantined.Count - quarantinedLaunches);
    }

    /// <summary>To the newest flown launch, never backwards (a launch corrected to an earlier date leaves the mark where it was).</summary>
    private DateTimeOffset? AdvanceMark(DateTimeOffset? stored, DateTimeOffset? newestFlown)
    {
        var state = stored is { } mark ? IngestionState.At(mark) : IngestionState.Empty();
        if (newestFlown is { } candidate && (stored is null || candidate > stored))
        {
            state.Advance(candidate, clock.GetUtcNow());
        }

        return state.HighWaterMark;
    }

    private static IngestionMode DecideMode(RunIncrementalIngestionCommand command, StoredState state) => command switch
    {
        { FullRefresh: true } => IngestionMode.FullRefresh,
        { IsBackfill: true } => IngestionMode.Backfill,
        _ when state.LaunchCount == 0 => IngestionMode.Initial,
        _ => IngestionMode.Incremental,
    };

    /// <summary>Nothing depends on anything else: the four first requests go at once, then the pages are staged as they come.</summary>
    private async Task FetchEverythingAsync(RecordStager stager, CancellationToken cancellationToken)
    {
        var launchpads = source.FetchLaunchpadsAsync(cancellationToken);
        var rockets = source.FetchRocketsAsync(cancellationToken);
        var payloadPages = source.FetchPayloadsAsync(null, cancellationToken);
        var launchPages = source.FetchLaunchesAsync(LaunchSelection.All, cancellationToken);
        await stager.LaunchpadsAsync(await launchpads, cancellationToken);
        await stager.RocketsAsync(await rockets, cancellationToken);
        await foreach (var page in payloadPages.WithCancellation(cancellationToken))
        {
            await stager.PayloadsAsync(page, cancellationToken);
        }

        await foreach (var page in launchPages.WithCancellation(cancellationToken))
        {
            await stager.LaunchesAsync(page, cancellationToken);
        }
    }

    private static readonly Task<IReadOnlyList<ObservedLaunch>?> NoGlance = Task.FromResult<IReadOnlyList<ObservedLaunch>?>(null);

    private async Task<IReadOnlyList<ObservedLaunch>?> ObserveAsync(LaunchSelection selection, CancellationToken cancellationToken)
    {
        var observed = new List<ObservedLaunch>();
        await foreach (var page in source.ObserveLaunchesAsync(selection, cancellationToken).WithCancellation(cancellationToken))
        {
            observed.AddRange(page);
        }

        return observed;
    }

    /// <summary>
    /// The selected launches; the launchpads or rockets (small sets, fetched whole) only when a launch names one not
    /// yet known; then the payloads those launches list and those the last run quarantined, in one <c>$in</c> query.
    /// </summary>
    private async Task FetchSelectionAsync(
        LaunchSelection selection, IReadOnlyCollection<string> retryPayloadIds, RecordStager stager, CancellationToken cancellationToken)
    {
        bool launchpadsFetched = false, rocketsFetched = false;
        await foreach (var page in source.FetchLaunchesAsync(selection, cancellationToken).WithCancellation(cancellationToken))
        {
            if (!launchpadsFetched && stager.NamesUnknownLaunchpad(page))
            {
                await stager.LaunchpadsAsync(await source.FetchLaunchpadsAsync(cancellationToken), cancellationToken);
                launchpadsFetched = true;
            }

            if (!rocketsFetched && stager.NamesUnknownRocket(page))
            {
                await stager.RocketsAsync(await source.FetchRocketsAsync(cancellationToken), cancellationToken);
                rocketsFetched = true;
            }

            await stager.LaunchesAsync(page, cancellationToken);
        }

        var payloadIds = stager.PayloadIds.Union(retryPayloadIds).ToList();
        if (payloadIds.Count > 0)
        {
            await foreach (var page in source.FetchPayloadsAsync(payloadIds, cancellationToken).WithCancellation(cancellationToken))
            {
                await stager.PayloadsAsync(page, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Incremental: everything dated from the look-back window before the high-water mark on (which also answers
    /// "is there anything new?"), plus every launch stored as upcoming, since those change without notice, and those
    /// the last run quarantined.
    /// </summary>
    private static LaunchSelection Selection(IngestionMode mode, RunIncrementalIngestionCommand command, StoredState state) =>
        mode == IngestionMode.Backfill
            ? new LaunchSelection(command.From, command.To, [])
            : state.HighWaterMark is { } mark
                ? new LaunchSelection(mark.AddDays(-command.LookbackDays), null, [.. state.UpcomingLaunchIds.Union(state.RetryLaunchIds)])
                : LaunchSelection.All;

    /// <summary>A kind of which fewer records were received counts as this many: one bad rocket of four is not a broken source.</summary>
    public const int ShareFloor = 5;

    /// <summary>
    /// The share of bad records is measured within each kind of record (a few bad launches are not diluted by the
    /// payloads), over at least <see cref="ShareFloor"/> records; launches that only wait for a launchpad or rocket this
    /// run refused are judged with that record, not counted as bad launches.
    /// </summary>
    private static void EnsureBelowThreshold(RecordStager stager, double maxInvalidPercent)
    {
        var over = stager.Quarantined
            .Except(stager.AwaitingReference)
            .GroupBy(q => q.Kind)
            .Select(bad => (Kind: bad.Key.Name(), Bad: bad.ToList(), Received: stager.Received(bad.Key)))
            .Select(c => (c.Kind, c.Bad, c.Received, Share: 100.0 * c.Bad.Count / Math.Max(c.Received, ShareFloor)))
            .Where(c => c.Share > maxInvalidPercent)
            .ToList();
        if (over.Count > 0)
        {
            var first = over[0].Bad[0];
            throw new IngestionFailedException(
                string.Join("; ", over.Select(c =>
                    $"{c.Bad.Count} of {c.Received} {c.Kind} records failed validation ({c.Share:0.#}% > {maxInvalidPercent}%" +
                    $"{(c.Received < ShareFloor ? $", counted over at least {ShareFloor}" : "")})")) +
                $": nothing was written. First: {first.Kind.Name()} {first.RecordId ?? "without id"}: {first.Reasons[0]}");
        }
    }

    /// <summary>
    /// Schema drift (a warning, or the end of the run with --on-schema-change fail) and data-quality findings: stored
    /// launches the run re-read (<paramref name="reRead"/>) that the API no longer serves, and launches listing
    /// payloads that are not stored as served.
    /// </summary>
    private async Task<RunFindings> CheckQualityAsync(
        RecordStager stager, IRunTransaction transaction, IngestionMode mode, LaunchSelection reRead, RunIncrementalIngestionCommand command,
        StoredState state, IReadOnlyList<ObservedLaunch>? unfetched, CancellationToken cancellationToken)
    {
        var unfetchedIds = unfetched?.Select(o => o.Id).OfType<string>().ToList() ?? [];
        var (drift, fingerprints) = SchemaDrift.Compare(source.FieldsSeen, state.Fingerprints);
        if (drift.Count > 0 && command.OnSchemaChange == SchemaChangePolicy.Fail)
        {
            throw new IngestionFailedException($"{string.Join("; ", drift)}: nothing was written (--on-schema-change fail).");
        }

        IReadOnlyList<string> unserved = mode == IngestionMode.Initial
            ? []
            : await transaction.FindUnservedLaunchesAsync(reRead, [.. stager.QuarantinedLaunchIds, .. unfetchedIds], cancellationToken);
        var staleUpcoming = unfetched is null
            ? stager.StaleUpcoming
            : await transaction.FindStaleUpcomingAsync(unfetchedIds, clock.GetUtcNow(), cancellationToken);
        var missingPayloads = await transaction.FindUnstoredPayloadsAsync(stager.QuarantinedPayloadIds, cancellationToken);
        var warnings = drift
            .Append(DataQuality.AwaitingReferences(stager.AwaitedReferences))
            .Append(DataQuality.Disappeared(unserved))
            .Append(DataQuality.PayloadsNotServed(missingPayloads))
            .Append(DataQuality.PayloadsQuarantined(missingPayloads))
            .Append(DataQuality.UpcomingInThePast(staleUpcoming))
            .OfType<string>()
            .ToList();
        foreach (var warning in warnings)
        {
            logger.LogWarning("{Warning}", warning);
        }

        return new RunFindings(stager.Quarantined, fingerprints, warnings, unserved);
    }

    /// <summary>
    /// Records how a run that did not succeed ended, on a connection of its own (the run's was rolled back); the run's id
    /// goes with the exception, so that whoever reports it can name the run.
    /// </summary>
    private async Task RecordEndAsync(IngestionRun run, Exception ending)
    {
        ending.Data[RunIdProperty] = run.Id;
        metrics.RunEnded(run);
        try
        {
            await store.RecordEndAsync(run, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning("Could not record that run {RunId} {Status}: {Error}", run.Id, Notation.Of(run.Status), e.Message);
        }
    }

    private void Log(IngestionReport report) =>
        logger.LogInformation(
            "Run {RunId} ({Mode}{DryRun}) {Status}: fetched {Fetched}, inserted {Inserted}, updated {Updated}, unchanged {Unchanged}, " +
            "quarantined {Quarantined}, HTTP requests {Requests}, high-water mark {HighWaterMark}",
            report.RunId, Notation.Of(report.Mode), report.DryRun ? ", dry run" : "", Notation.Of(report.Status), report.Counts.Fetched,
            report.Counts.Inserted, report.Counts.Updated, report.Counts.Unchanged, report.Counts.TotalQuarantined, report.HttpRequests,
            Notation.Of(report.HighWaterMark));
}
