namespace SpaceX.Infrastructure.Persistence.Tables;

public sealed class LaunchAggregationRow
{
    public long Id { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
    public required string SnapshotType { get; set; }
    public Guid? RunId { get; set; }
    public int TotalLaunches { get; set; }
    public int SuccessfulLaunches { get; set; }
    public int FailedLaunches { get; set; }
    public int UpcomingLaunches { get; set; }
    public decimal? SuccessRate { get; set; }
    public decimal? AvgPayloadMassKg { get; set; }
    public decimal? AvgStaticFireDelayHours { get; set; }
    public decimal? MaxStaticFireDelayHours { get; set; }
    public DateTimeOffset? EarliestLaunchUtc { get; set; }
    public DateTimeOffset? LatestLaunchUtc { get; set; }
    public int LaunchSitesUsed { get; set; }
    public int? LandingAttempts { get; set; }
    public int? LandingSuccesses { get; set; }
}
