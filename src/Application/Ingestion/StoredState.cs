namespace SpaceX.Application.Ingestion;

/// <summary>What the database holds that decides a run's mode and what it re-reads.</summary>
public sealed record StoredState(
    DateTimeOffset? HighWaterMark,
    int LaunchCount,
    IReadOnlyCollection<string> UpcomingLaunchIds,
    IReadOnlySet<string> LaunchpadIds,
    IReadOnlySet<string> RocketIds);
