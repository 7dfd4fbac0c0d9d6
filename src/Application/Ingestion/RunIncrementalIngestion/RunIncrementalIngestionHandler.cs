using Mediator;
using Microsoft.Extensions.Logging;
using SpaceX.Application.Ingestion.Documents;
using SpaceX.Application.Ingestion.Quality;
using SpaceX.Application.Ingestion.Validation;
using SpaceX.Domain;
using SpaceX.Domain.Ingestion;
using SpaceX.Domain.Launches;
using SpaceX.Domain.Reference;

namespace SpaceX.Application.Ingestion.RunIncrementalIngestion;

/// <summary>
/// One run: lock, run row, mode, fetch, validate (quarantining bad records), then one transaction for the data,
/// the state, the aggregation snapshot and the run's counts.
/// </summary>
public sealed class RunIncrementalIngestionHandler(
    ILaunchSource source, ILaunchStore store, TimeProvider clock, ILogger<RunIncrementalIngestionHandler> logger)
    : ICommandHandler<RunIncrementalIngestionCommand, IngestionReport>
{
    public async ValueTask<IngestionReport> Handle(RunIncrementalIngestionCommand command, CancellationToken cancellationToken)
    {
        var timer = new StepTimer(clock);
        await using var runLock = await store.AcquireRunLockAsync(command.Wait, cancellationToken)
            ?? throw new RunInProgressException();
        var abandoned = await store.AbandonStaleRunsAsync(cancellationToken);
        var state = await store.ReadStateAsync(cancellationToken);
        var run = IngestionRun.Start(DecideMode(command, state), clock.GetUtcNow());
        if (!command.DryRun)
        {
            await store.StartRunAsync(run, cancellationToken);
        }

        timer.Lap("prepare");
        var requestsBefore = source.RequestsMade;
        try
        {
            var fetched = await FetchAsync(run.Mode, command, state, cancellationToken);
            timer.Lap("fetch");
            var batch = Validate(fetched, state);
            EnsureBelowThreshold(batch, fetched, command.MaxInvalidPercent);
            batch = await CheckQualityAsync(batch, run.Mode, command, state, fetched, cancellationToken);
            timer.Lap("validate");
            var result = await store.WriteAsync(run, batch, source.RequestsMade - requestsBefore, command.DryRun, cancellationToken);
            timer.Lap(command.DryRun ? "write (rolled back)" : "write");
            var report = new IngestionReport(
                run.Id, run.Mode, run.Status, command.DryRun, result.Counts, fetched.Payloads.Count, result.PayloadsWritten,
                source.RequestsMade - requestsBefore, state.HighWaterMark, result.HighWaterMark, abandoned, timer.Steps,
                batch.Quarantined, batch.Warnings);
            Log(report);
            return report;
        }
        catch (Exception e) when (!command.DryRun && run.Status == RunStatus.Running)
        {
            run.Fail(e.Message, RunCounts.None, source.RequestsMade - requestsBefore, clock.GetUtcNow());
            await RecordFailureAsync(run);
            throw;
        }
    }

    private static IngestionMode DecideMode(RunIncrementalIngestionCommand command, StoredState state) => command switch
    {
        { FullRefresh: true } => IngestionMode.FullRefresh,
        { IsBackfill: true } => IngestionMode.Backfill,
        _ when state.LaunchCount == 0 => IngestionMode.Initial,
        _ => IngestionMode.Incremental,
    };

    private Task<FetchedRecords> FetchAsync(
        IngestionMode mode, RunIncrementalIngestionCommand command, StoredState state, CancellationToken cancellationToken) =>
        mode is IngestionMode.Initial or IngestionMode.FullRefresh
            ? FetchEverythingAsync(cancellationToken)
            : FetchSelectionAsync(Selection(mode, command, state), state, cancellationToken);

    /// <summary>Nothing depends on anything else: four requests at once.</summary>
    private async Task<FetchedRecords> FetchEverythingAsync(CancellationToken cancellationToken)
    {
        var launches = source.FetchLaunchesAsync(LaunchSelection.All, cancellationToken);
        var payloads = source.FetchPayloadsAsync(null, cancellationToken);
        var launchpads = source.FetchLaunchpadsAsync(cancellationToken);
        var rockets = source.FetchRocketsAsync(cancellationToken);
        await Task.WhenAll(launches, payloads, launchpads, rockets);
        return new FetchedRecords(launches.Result, payloads.Result, launchpads.Result, rockets.Result);
    }

    /// <summary>The selected launches, then in parallel their payloads and any launchpad or rocket not yet stored.</summary>
    private async Task<FetchedRecords> FetchSelectionAsync(LaunchSelection selection, StoredState state, CancellationToken cancellationToken)
    {
        var fetched = await source.FetchLaunchesAsync(selection, cancellationToken);
        var payloadIds = fetched.SelectMany(l => l.PayloadIds ?? []).Where(SpaceXId.IsValid).Distinct().ToList();
        var payloads = payloadIds.Count > 0 ? source.FetchPayloadsAsync(payloadIds, cancellationToken) : None<PayloadDocument>();
        var launchpads = NamesUnknown(fetched.Select(l => l.LaunchpadId), state.LaunchpadIds)
            ? source.FetchLaunchpadsAsync(cancellationToken)
            : None<LaunchpadDocument>();
        var rockets = NamesUnknown(fetched.Select(l => l.RocketId), state.RocketIds)
            ? source.FetchRocketsAsync(cancellationToken)
            : None<RocketDocument>();
        await Task.WhenAll(payloads, launchpads, rockets);
        return new FetchedRecords(fetched, payloads.Result, launchpads.Result, rockets.Result);
    }

    /// <summary>
    /// Incremental: everything dated from the look-back window before the high-water mark on (which also answers
    /// "is there anything new?"), plus every launch stored as upcoming, since those change without notice.
    /// </summary>
    private static LaunchSelection Selection(IngestionMode mode, RunIncrementalIngestionCommand command, StoredState state) =>
        mode == IngestionMode.Backfill
            ? new LaunchSelection(command.From, command.To, [])
            : state.HighWaterMark is { } mark
                ? new LaunchSelection(mark.AddDays(-command.LookbackDays), null, state.UpcomingLaunchIds)
                : LaunchSelection.All;

    /// <summary>Reference sets are small and rarely change: fetched whole, only when a launch names one we lack.</summary>
    private static bool NamesUnknown(IEnumerable<string?> referenced, IReadOnlySet<string> known) =>
        referenced.Any(id => id is not null && !known.Contains(id));

    private static Task<IReadOnlyList<T>> None<T>() => Task.FromResult<IReadOnlyList<T>>([]);

    private static IngestionBatch Validate(FetchedRecords fetched, StoredState state)
    {
        var launchpads = Triage<Launchpad>.Sort(
            fetched.Launchpads, new LaunchpadDocumentValidator(), "launchpad", d => d.Id, d => d.Raw,
            d => Launchpad.Create(d.Id!, d.Name!, d.FullName, d.Locality, d.Region, d.Status));
        var rockets = Triage<Rocket>.Sort(
            fetched.Rockets, new RocketDocumentValidator(), "rocket", d => d.Id, d => d.Raw,
            d => Rocket.Create(d.Id!, d.Name!, d.Type, d.Active!.Value));
        var payloads = Triage<Payload>.Sort(
            fetched.Payloads, new PayloadDocumentValidator(), "payload", d => d.Id, d => d.Raw,
            d => Payload.Create(d.Id!, d.Name!, d.Type, d.MassKg, d.Orbit, d.LaunchId));

        var masses = payloads.Valid.ToDictionary(p => p.Record.Id, p => p.Record.MassKg);
        var validator = new LaunchDocumentValidator(
            state.LaunchpadIds.Union(launchpads.Valid.Select(p => p.Record.Id)).ToHashSet(),
            state.RocketIds.Union(rockets.Valid.Select(r => r.Record.Id)).ToHashSet());
        var launches = Triage<Launch>.Sort(
            fetched.Launches, validator, "launch", d => d.Id, d => d.Raw,
            d => Launch.Create(
                d.Id!, d.FlightNumber!.Value, d.Name!, ApiDates.ParseOptional(d.DateUtc)!.Value, d.DatePrecision!, d.Upcoming!.Value,
                d.Success, ApiDates.ParseOptional(d.StaticFireDateUtc), d.LaunchpadId!, d.RocketId!, d.PayloadIds!,
                d.PayloadIds!.Select(id => masses.GetValueOrDefault(id))));

        return new IngestionBatch(
            launches.Valid, payloads.Valid, launchpads.Valid, rockets.Valid,
            [.. launches.Quarantined, .. payloads.Quarantined, .. launchpads.Quarantined, .. rockets.Quarantined]);
    }

    private static void EnsureBelowThreshold(IngestionBatch batch, FetchedRecords fetched, double maxInvalidPercent)
    {
        var bad = batch.Quarantined.Count;
        if (bad > 0 && 100.0 * bad / fetched.Count > maxInvalidPercent)
        {
            throw new IngestionFailedException(
                $"{bad} of {fetched.Count} records failed validation ({100.0 * bad / fetched.Count:0.#}% > {maxInvalidPercent}%): " +
                $"nothing was written. First: {batch.Quarantined[0].Entity} {batch.Quarantined[0].RecordId}: {batch.Quarantined[0].Reasons[0]}");
        }
    }

    /// <summary>Schema drift (a warning, or the end of the run with --on-schema-change fail) and data-quality findings.</summary>
    private async Task<IngestionBatch> CheckQualityAsync(
        IngestionBatch batch, IngestionMode mode, RunIncrementalIngestionCommand command, StoredState state, FetchedRecords fetched,
        CancellationToken cancellationToken)
    {
        var (drift, fingerprints) = SchemaDrift.Compare(source.FieldsSeen, state.Fingerprints);
        if (drift.Count > 0 && command.OnSchemaChange == SchemaChangePolicy.Fail)
        {
            throw new IngestionFailedException($"{string.Join("; ", drift)}: nothing was written (--on-schema-change fail).");
        }

        IReadOnlyCollection<string> expected = mode switch
        {
            IngestionMode.FullRefresh => await store.ReadLaunchIdsAsync(cancellationToken),
            IngestionMode.Incremental => state.UpcomingLaunchIds,
            _ => [],
        };
        var warnings = drift
            .Append(DataQuality.Disappeared(expected, fetched.Launches.Select(l => l.Id)))
            .Append(DataQuality.UpcomingInThePast(batch.Launches.Select(l => l.Record), clock.GetUtcNow()))
            .OfType<string>()
            .ToList();
        foreach (var warning in warnings)
        {
            logger.LogWarning("{Warning}", warning);
        }

        return batch with { Fingerprints = fingerprints, Warnings = warnings };
    }

    private async Task RecordFailureAsync(IngestionRun run)
    {
        try
        {
            await store.RecordFailureAsync(run, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning("Could not record the failure of run {RunId}: {Error}", run.Id, e.Message);
        }
    }

    private void Log(IngestionReport report) =>
        logger.LogInformation(
            "Run {RunId} ({Mode}{DryRun}) {Status}: fetched {Fetched}, inserted {Inserted}, updated {Updated}, unchanged {Unchanged}, " +
            "quarantined {Quarantined}, {Requests} HTTP requests, high-water mark {HighWaterMark:O}",
            report.RunId, report.Mode, report.DryRun ? ", dry run" : "", report.Status, report.Counts.Fetched, report.Counts.Inserted,
            report.Counts.Updated, report.Counts.Unchanged, report.Counts.TotalQuarantined, report.HttpRequests, report.HighWaterMark);
}
