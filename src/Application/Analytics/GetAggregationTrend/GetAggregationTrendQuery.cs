using Mediator;
using SpaceX.Application.Behaviors;

namespace SpaceX.Application.Analytics.GetAggregationTrend;

/// <summary>The aggregation snapshots computed from <paramref name="From"/> up to <paramref name="To"/> (either open), oldest first.</summary>
public sealed record GetAggregationTrendQuery(DateTimeOffset? From = null, DateTimeOffset? To = null) : IQuery<IReadOnlyList<TrendPoint>>, IRequiresSchema;
