using Microsoft.Extensions.Logging;
using SpaceX.Application.Monitoring;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Ingestion.RunIncrementalIngestion;

/// <summary>What a run asks the API for, staged page by page as it arrives.</summary>
internal sealed class RunFetcher(ISpaceXSource source, ILogger logger)
{
    private static readonly Task<IReadOnlyList<GlancedLaunch>?> NoGlance = Task.FromResult<IReadOnlyList<GlancedLaunch>?>(null);

    /// <summary>The plan's glance (one request, or none when the run does not glance), started now and awaited later.</summary>
    public Task<IReadOnlyList<GlancedLaunch>?> GlanceAsync(RunPlan plan, CancellationToken cancellationToken) =>
        plan.Glances ? ObserveAsync(plan.Selection, cancellationToken) : NoGlance;

    public async Task FetchAsync(RunPlan plan, IReadOnlyCollection<string> retryPayloadIds, RecordStager stager, CancellationToken cancellationToken)
    {
        await (plan.Everything
            ? FetchEverythingAsync(stager, cancellationToken)
            : FetchSelectionAsync(plan.Selection, retryPayloadIds, stager, cancellationToken));
        logger.LogDebug(
            "Staged: {Launches} launches, {Payloads} payloads, {Launchpads} launchpads, {Rockets} rockets, {Landpads} landing pads received; {Quarantined} quarantined",
            stager.Received(RecordKind.Launch), stager.Received(RecordKind.Payload), stager.Received(RecordKind.Launchpad),
            stager.Received(RecordKind.Rocket), stager.Received(RecordKind.Landpad), stager.Quarantined.Count);
    }

    private async Task<IReadOnlyList<GlancedLaunch>?> ObserveAsync(LaunchSelection selection, CancellationToken cancellationToken)
    {
        using var span = PipelineTracing.Step("glance");
        var observed = new List<GlancedLaunch>();
        await foreach (var page in source.GlanceAtLaunchesAsync(selection, cancellationToken).WithCancellation(cancellationToken))
        {
            observed.AddRange(page);
        }

        return observed;
    }

    /// <summary>Nothing depends on anything else: the first requests go at once, then the pages are staged as they come.</summary>
    private async Task FetchEverythingAsync(RecordStager stager, CancellationToken cancellationToken)
    {
        var references = FetchReferencesAsync(stager, cancellationToken);
        var payloadPages = source.FetchPayloadsAsync(null, cancellationToken);
        var launchPages = source.FetchLaunchesAsync(LaunchSelection.All, cancellationToken);
        await references;
        await foreach (var page in payloadPages.WithCancellation(cancellationToken))
        {
            await stager.PayloadsAsync(page, cancellationToken);
        }

        await foreach (var page in launchPages.WithCancellation(cancellationToken))
        {
            await stager.LaunchesAsync(page, cancellationToken);
        }
    }

    /// <summary>
    /// The reference collections whole (a handful of records each), so that they are as fresh as the launches, then the
    /// selected launches, then the payloads those launches list and those the last run quarantined, in one <c>$in</c> query.
    /// </summary>
    private async Task FetchSelectionAsync(
        LaunchSelection selection, IReadOnlyCollection<string> retryPayloadIds, RecordStager stager, CancellationToken cancellationToken)
    {
        var references = FetchReferencesAsync(stager, cancellationToken);
        var launchPages = source.FetchLaunchesAsync(selection, cancellationToken);
        await references;
        await foreach (var page in launchPages.WithCancellation(cancellationToken))
        {
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

    /// <summary>Launchpads, rockets and landing pads, asked for at once, staged before any launch that names them.</summary>
    private async Task FetchReferencesAsync(RecordStager stager, CancellationToken cancellationToken)
    {
        var launchpads = source.FetchLaunchpadsAsync(cancellationToken);
        var rockets = source.FetchRocketsAsync(cancellationToken);
        var landpads = source.FetchLandpadsAsync(cancellationToken);
        await stager.LaunchpadsAsync(await launchpads, cancellationToken);
        await stager.RocketsAsync(await rockets, cancellationToken);
        await stager.LandpadsAsync(await landpads, cancellationToken);
    }
}
