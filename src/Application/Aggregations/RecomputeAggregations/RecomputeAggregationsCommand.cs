using Mediator;
using SpaceX.Application.Behaviors;
using SpaceX.Domain.Aggregations;

namespace SpaceX.Application.Aggregations.RecomputeAggregations;

/// <summary>Recomputes the aggregation snapshot from the current state, outside any ingestion run.</summary>
public sealed record RecomputeAggregationsCommand(SnapshotType Type = SnapshotType.Manual) : ICommand<AggregationSnapshot>, IRequiresSchema;
