using SpaceX.Domain.Aggregations;

namespace SpaceX.Application.Analytics;

/// <summary>One snapshot of the aggregation trend, with the change of each count from the snapshot before (null for the first).</summary>
public sealed record TrendPoint(
    DateTimeOffset ComputedAt,
    SnapshotType SnapshotType,
    Guid? RunId,
    int TotalLaunches,
    int SuccessfulLaunches,
    int FailedLaunches,
    int UpcomingLaunches,
    decimal? SuccessRate,
    decimal? AvgPayloadMassKg,
    decimal? AvgStaticFireDelayHours,
    int? TotalLaunchesChange,
    int? SuccessfulLaunchesChange,
    int? FailedLaunchesChange,
    int? UpcomingLaunchesChange);
