using SpaceX.Domain.Aggregations;
using SpaceX.Domain.Ingestion;
using SpaceX.Domain.Launches;
using SpaceX.Domain.Reference;

namespace SpaceX.Application.Ingestion;

/// <summary>
/// One run's transaction, while records are staged: validated records are staged page by page and compared with what
/// is stored, then <see cref="ApplyAsync"/> turns them into the current state and hands over what only an applied run
/// can do (<see cref="IAppliedRun"/>). Disposed without committing, it writes nothing. A stage call may return before
/// its records are staged (so the next page can be read meanwhile); its failure then surfaces at a later call.
/// </summary>
public interface IRunTransaction : IAsyncDisposable
{
    Task StageLaunchpadsAsync(IReadOnlyList<Staged<Launchpad>> launchpads, CancellationToken cancellationToken);

    Task StageRocketsAsync(IReadOnlyList<Staged<Rocket>> rockets, CancellationToken cancellationToken);

    Task StageLandpadsAsync(IReadOnlyList<Staged<Landpad>> landpads, CancellationToken cancellationToken);

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

    /// <summary>The observed launches whose hash is not the one stored with their launch: new, changed, removed, never observed.</summary>
    Task<IReadOnlyList<GlancedLaunch>> FindChangedLaunchesAsync(IReadOnlyList<GlancedLaunch> observed, CancellationToken cancellationToken);

    /// <summary>Stored launches among these ids still marked upcoming although dated before <paramref name="now"/>.</summary>
    Task<IReadOnlyList<StaleUpcoming>> FindStaleUpcomingAsync(
        IReadOnlyCollection<string> launchIds, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Applies what was staged and what the run found: the current state (upserts), the new raw versions, the
    /// quarantined records, the schema fingerprints and the launches marked removed.
    /// </summary>
    Task<IAppliedRun> ApplyAsync(RunFindings findings, CancellationToken cancellationToken);
}

/// <summary>A run's transaction once its records are applied: what can only come after, ending in the commit.</summary>
public interface IAppliedRun
{
    AppliedChanges Changes { get; }

    /// <summary>Stores each observed launch's hash with its stored launch (a launch the run inserted has a row now).</summary>
    Task SaveGlanceAsync(IReadOnlyList<GlancedLaunch> observed, CancellationToken cancellationToken);

    /// <summary>The landing pads this run wrote (new or changed) whose own counters disagree with their launches' cores.</summary>
    Task<IReadOnlyList<LandpadCount>> FindLandpadDisagreementsAsync(CancellationToken cancellationToken);

    /// <summary>Appends an aggregation snapshot of the state as applied, of this type, to the time series.</summary>
    Task RecordSnapshotAsync(SnapshotType type, CancellationToken cancellationToken);

    /// <summary>Records the run as it ended (status, counts, high-water mark, its notes) and commits; a dry run rolls back.</summary>
    Task CommitAsync(IngestionRun run, RunNotes notes, CancellationToken cancellationToken);
}
