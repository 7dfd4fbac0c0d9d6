using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Ingestion;

/// <summary>
/// What the database holds that decides a run's mode and what it re-reads, and the fields each kind of record
/// had when last seen (the fingerprint drift is measured against).
/// </summary>
/// <param name="LastRunFailed">Whether the newest finished run failed (the next success is news).</param>
/// <param name="LastSuccessAt">When the last successful run finished; null when none has.</param>
/// <param name="RetryLaunchIds">
/// Launches the last successful run quarantined, or that list a payload it quarantined: re-read, so that a fix is
/// loaded wherever the launch is dated.
/// </param>
/// <param name="RetryPayloadIds">Payloads the last successful run quarantined: fetched again for the same reason.</param>
/// <param name="RetryReferenceIds">
/// Launchpads, rockets and landing pads the last successful run quarantined: the next run reads the reference
/// collections again even when its glance sees nothing changed in the launches.
/// </param>
public sealed record StoredState(
    DateTimeOffset? HighWaterMark,
    DateTimeOffset? LastSuccessAt,
    bool LastRunFailed,
    int LaunchCount,
    IReadOnlyCollection<string> UpcomingLaunchIds,
    IReadOnlySet<string> LaunchpadIds,
    IReadOnlySet<string> RocketIds,
    IReadOnlySet<string> LandpadIds,
    IReadOnlyDictionary<RecordKind, Quality.SchemaFingerprint> Fingerprints,
    IReadOnlyCollection<string> RetryLaunchIds,
    IReadOnlyCollection<string> RetryPayloadIds,
    IReadOnlyCollection<string> RetryReferenceIds);
