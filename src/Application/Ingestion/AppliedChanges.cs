namespace SpaceX.Application.Ingestion;

/// <summary>What applying a run's staged records changed.</summary>
/// <param name="LaunchesStaged">Valid launches the run staged: each was inserted, updated or left unchanged.</param>
/// <param name="NewestFlownLaunch">The newest date of a stored launch that has flown, no later than now: where the high-water mark may move.</param>
public sealed record AppliedChanges(
    int LaunchesStaged, int Inserted, int Updated, int RawVersionsAdded, int PayloadsWritten, DateTimeOffset? NewestFlownLaunch);
