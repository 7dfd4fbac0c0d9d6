using Mediator;
using SpaceX.Domain.Aggregations;

namespace SpaceX.Application.Aggregations.RecomputeAggregations;

public sealed class RecomputeAggregationsHandler(IAggregationStore store) : ICommandHandler<RecomputeAggregationsCommand, AggregationSnapshot>
{
    public async ValueTask<AggregationSnapshot> Handle(RecomputeAggregationsCommand command, CancellationToken cancellationToken) =>
        await store.RecomputeAsync(SnapshotType.Manual, cancellationToken);
}
