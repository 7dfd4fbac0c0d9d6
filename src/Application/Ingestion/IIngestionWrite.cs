using SpaceX.Domain.Launches;
using SpaceX.Domain.Reference;

namespace SpaceX.Application.Ingestion;

/// <summary>
/// One run's write, inside one transaction: validated records are staged page by page, then
/// <see cref="CompleteAsync"/> turns them into the current state, the raw versions, the high-water mark, the
/// aggregation snapshot and the run's counts, and commits. Disposed without completing, it writes nothing.
/// A stage call may return before its records are staged (so the next page can be read meanwhile); its failure
/// then surfaces at a later call.
/// </summary>
public interface IIngestionWrite : IAsyncDisposable
{
    Task StageLaunchpadsAsync(IReadOnlyList<Staged<Launchpad>> launchpads, CancellationToken cancellationToken);

    Task StageRocketsAsync(IReadOnlyList<Staged<Rocket>> rockets, CancellationToken cancellationToken);

    Task StagePayloadsAsync(IReadOnlyList<Staged<Payload>> payloads, CancellationToken cancellationToken);

    Task StageLaunchesAsync(IReadOnlyList<Staged<Launch>> launches, CancellationToken cancellationToken);

    /// <summary>
    /// Stored launches the run asked the API for (<paramref name="reRead"/>: dated in its window, or listed) that
    /// were not staged, are not among <paramref name="alsoServed"/> and were not already marked removed: what the
    /// API stopped serving since the last run that saw them.
    /// </summary>
    Task<IReadOnlyList<string>> FindUnservedLaunchesAsync(
        LaunchSelection reRead, IReadOnlyCollection<string> alsoServed, CancellationToken cancellationToken);

    /// <summary>
    /// The payloads staged launches list that this run did not stage: served but quarantined (among
    /// <paramref name="quarantinedPayloadIds"/>), or not served at all.
    /// </summary>
    Task<IReadOnlyList<UnstoredPayload>> FindUnstoredPayloadsAsync(
        IReadOnlyCollection<string> quarantinedPayloadIds, CancellationToken cancellationToken);

    /// <summary>Applies what was staged, records the run's success and its findings, and commits (rolls back for a dry run).</summary>
    Task<WriteResult> CompleteAsync(RunFindings findings, int httpRequests, CancellationToken cancellationToken);
}
