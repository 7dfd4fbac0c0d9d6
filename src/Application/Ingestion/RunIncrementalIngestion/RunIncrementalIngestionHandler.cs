using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using SpaceX.Application.Monitoring;
using SpaceX.Application.Notifications;
using SpaceX.Domain;
using SpaceX.Domain.Aggregations;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Ingestion.RunIncrementalIngestion;

/// <summary>
/// One run: lock, plan, run row, then ONE transaction that receives the records page by page as they arrive
/// (validated, bad ones quarantined), and at the end the checks, the current state, the high-water mark, the
/// aggregation snapshot and the run's counts.
/// </summary>
public sealed class RunIncrementalIngestionHandler(
    ISpaceXSource source, IIngestionStore store, IRunProgress display, TimeProvider clock, PipelineMetrics metrics,
    INotifier notifier, ILogger<RunIncrementalIngestionHandler> logger)
    : ICommandHandler<RunIncrementalIngestionCommand, IngestionReport>
{
    /// <summary>The run's id on every line it logs, and in the <see cref="Exception.Data"/> of the exception that ended it.</summary>
    public const string RunIdProperty = "RunId";

    private readonly RunFetcher _fetcher = new(source, logger);
    private readonly RunChecks _checks = new(source, clock, logger);

    public async ValueTask<IngestionReport> Handle(RunIncrementalIngestionCommand command, CancellationToken cancellationToken)
    {
        var timer = new StepTimer(clock);
        using var span = PipelineTracing.Step("ingestion run"); // the trace's root: its steps, HTTP requests and SQL under it
        await using var runLock = await store.AcquireRunLockAsync(command.Wait, cancellationToken) ?? throw new RunInProgressException();
        var abandoned = await runLock.AbandonStaleRunsAsync(cancellationToken);
        var state = await runLock.ReadStateAsync(cancellationToken);
        metrics.Freshness(state.HighWaterMark, state.LastSuccessAt); // what the metrics say if this run fails
        var plan = RunPlan.For(command, state);
        var run = IngestionRun.Start(plan.Mode, clock.GetUtcNow());
        using var runScope = logger.BeginScope(new Dictionary<string, object> { [RunIdProperty] = run.Id }); // on every line of the run
        span?.SetTag(PipelineTracing.RunIdTag, run.Id).SetTag("pipeline.mode", Notation.Of(run.Mode)).SetTag("pipeline.dry_run", command.DryRun);
        var requestsBefore = source.RequestsMade;
        var glance = _fetcher.GlanceAsync(plan, cancellationToken); // goes out while the run row and its transaction are written and opened
        if (!command.DryRun)
        {
            await runLock.StartRunAsync(run, cancellationToken);
        }

        timer.Lap("prepare");
        try
        {
            await using var transaction = await runLock.BeginRunTransactionAsync(run, command.DryRun, cancellationToken);
            var stager = new RecordStager(transaction, state, clock.GetUtcNow(), collectPayloadIds: !plan.Everything);
            await using var progress = new ProgressReporter(stager, source, display, clock, logger);
            var observed = await glance;
            var unchanged = await NothingChangedAsync(observed, state, transaction, cancellationToken);
            if (!unchanged)
            {
                using var fetch = PipelineTracing.Step("fetch");
                await _fetcher.FetchAsync(plan, state.RetryPayloadIds, stager, cancellationToken);
            }

            timer.Lap(unchanged ? "glance (nothing changed)" : "fetch, validate, stage");
            progress.Step("checking");
            RunChecks.EnsureBelowThreshold(stager, command.MaxInvalidPercent);
            RunFindings findings;
            using (PipelineTracing.Step("checks"))
            {
                findings = await _checks.CheckAsync(stager, transaction, plan, command, state, unchanged ? observed : null, cancellationToken);
            }

            timer.Lap("checks");
            progress.Step("writing");
            IReadOnlyList<string> warnings;
            AppliedChanges changes;
            using (PipelineTracing.Step("write"))
            {
                var applied = await transaction.ApplyAsync(findings, cancellationToken);
                changes = applied.Changes;
                warnings = await FinishAsync(
                    applied, run, observed, stager, findings, state, unchanged, source.RequestsMade - requestsBefore,
                    timer, command.DryRun ? "write (rolled back)" : "write", cancellationToken);
            }

            span?.SetTag("pipeline.status", Notation.Of(run.Status));
            if (!command.DryRun)
            {
                await notifier.SendAsync(RunEvents.Succeeded(run, findings, state, clock.GetUtcNow()), CancellationToken.None); // after the commit
            }

            return Report(run, command, stager, changes, findings with { Warnings = warnings }, state, abandoned, timer);
        }
        catch (Exception e) when (!command.DryRun && run.Status == RunStatus.Running)
        {
            await RecordEndAsync(run, e, cancellationToken, source.RequestsMade - requestsBefore, timer.Steps);
            span?.SetTag("pipeline.status", Notation.Of(run.Status)).SetStatus(ActivityStatusCode.Error, e.Message);
            if (run.Status == RunStatus.Failed)
            {
                await notifier.SendAsync(RunEvents.Failed(run, state.LastRunFailed, clock.GetUtcNow()), CancellationToken.None);
            }

            throw;
        }
    }

    /// <summary>Whether the glance saw every launch as stored, and no payload or reference waits to be read again: then nothing is fetched.</summary>
    private async Task<bool> NothingChangedAsync(
        IReadOnlyList<GlancedLaunch>? observed, StoredState state, IRunTransaction transaction, CancellationToken cancellationToken)
    {
        if (observed is null)
        {
            return false;
        }

        var changed = await transaction.FindChangedLaunchesAsync(observed, cancellationToken);
        logger.LogDebug("Glance: launches seen {Observed}, changed or new {Changed}", observed.Count, changed.Count);
        return changed.Count == 0 && state.RetryPayloadIds.Count == 0 && state.RetryReferenceIds.Count == 0;
    }

    /// <summary>
    /// The glance's hashes, the snapshot when the data changed, the run's end with its step times (the write's lap
    /// named <paramref name="writeStep"/>): then the one commit. Returns the run's warnings.
    /// </summary>
    private async Task<IReadOnlyList<string>> FinishAsync(
        IAppliedRun applied, IngestionRun run, IReadOnlyList<GlancedLaunch>? observed, RecordStager stager, RunFindings findings,
        StoredState state, bool unchanged, int requests, StepTimer timer, string writeStep, CancellationToken cancellationToken)
    {
        logger.LogDebug(
            "Applied: {Inserted} launches inserted, {Updated} updated, {RawVersions} raw versions added, {Payloads} payloads written",
            applied.Changes.Inserted, applied.Changes.Updated, applied.Changes.RawVersionsAdded, applied.Changes.PayloadsWritten);
        if (observed is not null)
        {
            // A launch quarantined now keeps its old hash, so the next run fetches it again.
            await applied.SaveGlanceAsync([.. observed.Where(o => o.Id is null || !stager.QuarantinedLaunchIds.Contains(o.Id))], cancellationToken);
        }

        if (applied.Changes.ChangedTheData(findings, state))
        {
            await applied.RecordSnapshotAsync(SnapshotTypes.Of(run.Mode), cancellationToken);
        }

        run.Succeed(
            applied.Changes.Counts(findings, unfetched: unchanged ? observed!.Count : 0), requests,
            IngestionState.After(state.HighWaterMark, applied.Changes.NewestFlownLaunch, clock.GetUtcNow()), clock.GetUtcNow());
        IReadOnlyList<string> warnings = [.. findings.Warnings, .. await _checks.AfterWritingAsync(applied, cancellationToken)];
        timer.Lap(writeStep);
        using (PipelineTracing.Step("commit"))
        {
            await applied.CommitAsync(run, new RunNotes(timer.Steps, warnings, findings.Drift), cancellationToken);
        }

        return warnings;
    }

    private IngestionReport Report(
        IngestionRun run, RunIncrementalIngestionCommand command, RecordStager stager, AppliedChanges applied, RunFindings findings,
        StoredState state, int abandoned, StepTimer timer)
    {
        if (!command.DryRun)
        {
            metrics.RunEnded(run);
        }

        var report = new IngestionReport(
            run.Id, run.Mode, run.Status, command.DryRun, run.Counts, stager.Received(RecordKind.Payload), applied.PayloadsWritten,
            run.HttpRequests, state.HighWaterMark, run.HighWaterMark, abandoned, timer.Steps, findings.Quarantined, findings.Warnings);
        logger.LogInformation(
            "Run {RunId} ({Mode}{DryRun}) {Status}: fetched {Fetched}, inserted {Inserted}, updated {Updated}, unchanged {Unchanged}, " +
            "quarantined {Quarantined}, HTTP requests {Requests}, high-water mark {HighWaterMark}",
            report.RunId, Notation.Of(report.Mode), report.DryRun ? ", dry run" : "", Notation.Of(report.Status), report.Counts.Fetched,
            report.Counts.Inserted, report.Counts.Updated, report.Counts.Unchanged, report.Counts.TotalQuarantined, report.HttpRequests,
            Notation.Of(report.HighWaterMark));
        return report;
    }

    /// <summary>
    /// Records how a run that did not succeed ended (cancelled when the caller cancelled it, else failed), on a connection
    /// of its own (the run's was rolled back); the run's id goes with the exception, so that whoever reports it can name the run.
    /// </summary>
    private async Task RecordEndAsync(
        IngestionRun run, Exception ending, CancellationToken cancellationToken, int requests, IReadOnlyList<StepDuration> steps)
    {
        if (ending is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            run.Cancel("cancelled before it finished; nothing was written", requests, clock.GetUtcNow());
        }
        else
        {
            run.Fail(ending.Message, requests, clock.GetUtcNow());
        }

        ending.Data[RunIdProperty] = run.Id;
        metrics.RunEnded(run);
        try
        {
            await store.RecordEndAsync(run, RunNotes.Unfinished(steps), CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning("Could not record that run {RunId} {Status}: {Error}", run.Id, Notation.Of(run.Status), e.Message);
        }
    }
}
