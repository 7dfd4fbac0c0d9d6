namespace SpaceX.Domain.Aggregations;

/// <summary>Figures over the whole current state at one moment; a row of the <c>launch_aggregations</c> time series.</summary>
public sealed record AggregationSnapshot
{
    public required DateTimeOffset ComputedAt { get; init; }
    public required SnapshotType SnapshotType { get; init; }
    public Guid? RunId { get; init; }
    public required int TotalLaunches { get; init; }
    public required int SuccessfulLaunches { get; init; }
    public required int FailedLaunches { get; init; }
    public required int UpcomingLaunches { get; init; }

    /// <summary>Percent over flown launches with a known outcome; null when there are none.</summary>
    public decimal? SuccessRate { get; init; }

    public decimal? AvgPayloadMassKg { get; init; }
    public decimal? AvgStaticFireDelayHours { get; init; }
    public decimal? MaxStaticFireDelayHours { get; init; }
    public DateTimeOffset? EarliestLaunchUtc { get; init; }
    public DateTimeOffset? LatestLaunchUtc { get; init; }
    public required int LaunchSitesUsed { get; init; }

    /// <summary>First-stage landings tried and landed, over launches that flew; null in snapshots taken before cores were stored.</summary>
    public int? LandingAttempts { get; init; }

    public int? LandingSuccesses { get; init; }
}
