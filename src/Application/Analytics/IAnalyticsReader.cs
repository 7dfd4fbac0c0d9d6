using SpaceX.Domain.Aggregations;

namespace SpaceX.Application.Analytics;

/// <summary>The analysts' reports, computed by the database over the current state.</summary>
public interface IAnalyticsReader
{
    Task<IReadOnlyList<YearPerformance>> LaunchPerformanceAsync(YearRange years, CancellationToken cancellationToken);

    Task<IReadOnlyList<PayloadMassRank>> TopPayloadMassesAsync(int top, CancellationToken cancellationToken);

    Task<IReadOnlyList<YearStaticFireDelay>> StaticFireDelaysAsync(YearRange years, CancellationToken cancellationToken);

    Task<IReadOnlyList<LaunchSiteUtilization>> LaunchSiteUtilizationAsync(CancellationToken cancellationToken);

    Task<AggregationSnapshot?> LatestAggregationAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<TrendPoint>> AggregationTrendAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken);
}
