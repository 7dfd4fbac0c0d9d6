using Mediator;
using SpaceX.Application.Behaviors;
using SpaceX.Domain.Aggregations;

namespace SpaceX.Application.Aggregations.RecomputeAggregations;

/// <summary>
/// Recomputes the aggregation snapshot from the current state, outside any ingestion run: a <c>manual</c> snapshot
/// (ingestion runs write theirs inside their own transaction).
/// </summary>
public sealed record RecomputeAggregationsCommand : ICommand<AggregationSnapshot>, IRequiresSchema;
