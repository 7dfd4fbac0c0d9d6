using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Ingestion;

/// <summary>What applying a run's staged records changed.</summary>
/// <param name="LaunchesStaged">Valid launches the run staged: each was inserted, updated or left unchanged.</param>
/// <param name="NewestFlownLaunch">The newest date of a stored launch that has flown, no later than now: where the high-water mark may move.</param>
public sealed record AppliedChanges(
    int LaunchesStaged, int Inserted, int Updated, int RawVersionsAdded, int PayloadsWritten, DateTimeOffset? NewestFlownLaunch)
{
    /// <summary>
    /// Every fetched launch was inserted, updated, left unchanged or quarantined; related records are counted apart.
    /// <paramref name="unfetched"/> launches were seen unchanged at a glance and not fetched again.
    /// </summary>
    public RunCounts Counts(RunFindings findings, int unfetched)
    {
        var quarantinedLaunches = findings.Quarantined.Count(q => q.Kind == RecordKind.Launch);
        return new RunCounts(
            Fetched: LaunchesStaged + quarantinedLaunches + unfetched,
            Inserted: Inserted,
            Updated: Updated,
            Unchanged: LaunchesStaged - Inserted - Updated + unfetched,
            Quarantined: quarantinedLaunches,
            RawVersionsAdded: RawVersionsAdded,
            RelatedQuarantined: findings.Quarantined.Count - quarantinedLaunches);
    }

    /// <summary>
    /// Whether the run changed what the snapshot summarises: a launch or payload written, a launch marked removed, or a
    /// launch or payload quarantined that the last successful run had not (one quarantined again is retried, not news).
    /// A run that changed nothing writes no snapshot, so the time series is the data's history, not the scheduler's.
    /// </summary>
    public bool ChangedTheData(RunFindings findings, StoredState state) =>
        Inserted + Updated + PayloadsWritten + findings.RemovedLaunchIds.Count > 0
        || findings.Quarantined.Any(q => q.Kind switch
        {
            RecordKind.Launch => q.RecordId is null || !state.RetryLaunchIds.Contains(q.RecordId),
            RecordKind.Payload => q.RecordId is null || !state.RetryPayloadIds.Contains(q.RecordId),
            _ => false,
        });
}
