using Mediator;
using SpaceX.Application.Behaviors;
using SpaceX.Domain.Aggregations;

namespace SpaceX.Application.Analytics.GetLatestAggregation;

/// <summary>The newest row of the aggregation time series; null before the first run.</summary>
public sealed record GetLatestAggregationQuery : IQuery<AggregationSnapshot?>, IRequiresSchema;
