namespace SpaceX.Application.Ingestion;

/// <summary>
/// What the database holds that decides a run's mode and what it re-reads, and the fields each kind of record
/// had when last seen (the fingerprint drift is measured against).
/// </summary>
public sealed record StoredState(
    DateTimeOffset? HighWaterMark,
    int LaunchCount,
    IReadOnlyCollection<string> UpcomingLaunchIds,
    IReadOnlySet<string> LaunchpadIds,
    IReadOnlySet<string> RocketIds,
    IReadOnlyDictionary<string, Quality.SchemaFingerprint> Fingerprints);
