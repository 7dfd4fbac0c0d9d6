using Microsoft.Extensions.Logging;
using SpaceX.Application.Ingestion.Quality;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Ingestion.RunIncrementalIngestion;

/// <summary>What a run checks before it writes: the share of bad records, schema drift and data quality.</summary>
internal sealed class RunChecks(ISpaceXSource source, TimeProvider clock, ILogger logger)
{
    /// <summary>A kind of which fewer records were received counts as this many: one bad rocket of four is not a broken source.</summary>
    public const int ShareFloor = 5;

    /// <summary>
    /// The share of bad records is measured within each kind of record (a few bad launches are not diluted by the
    /// payloads), over at least <see cref="ShareFloor"/> records; launches that only wait for a launchpad or rocket this
    /// run refused are judged with that record, not counted as bad launches.
    /// </summary>
    public static void EnsureBelowThreshold(RecordStager stager, double maxInvalidPercent)
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

    /// <summary>What can only be checked in the data as written: landing pads whose counters disagree with their launches.</summary>
    public async Task<IReadOnlyList<string>> AfterWritingAsync(IAppliedRun applied, CancellationToken cancellationToken)
    {
        var warnings = new[] { DataQuality.LandpadCounters(await applied.FindLandpadDisagreementsAsync(cancellationToken)) }.OfType<string>().ToList();
        foreach (var warning in warnings)
        {
            logger.LogWarning("{Warning}", warning);
        }

        return warnings;
    }

    /// <summary>
    /// Schema drift (a warning, or the end of the run with --on-schema-change fail) and data-quality findings: stored
    /// launches the run re-read that the API no longer serves, and launches listing payloads that are not stored as
    /// served. <paramref name="unfetched"/>: the launches a glance saw unchanged (not fetched again).
    /// </summary>
    public async Task<RunFindings> CheckAsync(
        RecordStager stager, IRunTransaction transaction, RunPlan plan, RunIncrementalIngestionCommand command, StoredState state,
        IReadOnlyList<GlancedLaunch>? unfetched, CancellationToken cancellationToken)
    {
        var unfetchedIds = unfetched?.Select(o => o.Id).OfType<string>().ToList() ?? [];
        var (drift, fingerprints) = SchemaDrift.Compare(source.FieldsSeen, state.Fingerprints);
        if (drift.Count > 0 && command.OnSchemaChange == SchemaChangePolicy.Fail)
        {
            throw new IngestionFailedException($"{string.Join("; ", drift)}: nothing was written (--on-schema-change fail).");
        }

        IReadOnlyList<string> unserved = plan.Mode == IngestionMode.Initial
            ? []
            : await transaction.FindUnservedLaunchesAsync(plan.Selection, [.. stager.QuarantinedLaunchIds, .. unfetchedIds], cancellationToken);
        var staleUpcoming = unfetched is null
            ? stager.StaleUpcoming
            : await transaction.FindStaleUpcomingAsync(unfetchedIds, clock.GetUtcNow(), cancellationToken);
        var missingPayloads = await transaction.FindUnstoredPayloadsAsync(stager.QuarantinedPayloadIds, cancellationToken);
        var warnings = drift
            .Append(DataQuality.AwaitingReferences(stager.AwaitedReferences))
            .Append(DataQuality.UnknownLandpads(stager.UnknownLandpads))
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

        logger.LogDebug("Checks: launches no longer served {Removed}, warnings {Warnings}", unserved.Count, warnings.Count);
        return new RunFindings(stager.Quarantined, fingerprints, warnings, unserved, drift);
    }
}
