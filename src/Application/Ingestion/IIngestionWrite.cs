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
    /// Stored launches (only the upcoming ones, or all) that were not staged and are not among
    /// <paramref name="alsoServed"/>: what the API no longer serves.
    /// </summary>
    Task<IReadOnlyList<string>> FindUnservedLaunchesAsync(
        bool upcomingOnly, IReadOnlyCollection<string> alsoServed, CancellationToken cancellationToken);

    /// <summary>Applies what was staged, records the run's success and its findings, and commits (rolls back for a dry run).</summary>
    Task<WriteResult> CompleteAsync(RunFindings findings, int httpRequests, CancellationToken cancellationToken);
}
