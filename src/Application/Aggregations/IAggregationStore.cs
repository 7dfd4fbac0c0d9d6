using SpaceX.Domain.Aggregations;

namespace SpaceX.Application.Aggregations;

public interface IAggregationStore
{
    /// <summary>Recomputes the snapshot from the current state and appends it to the time series.</summary>
    Task<AggregationSnapshot> RecomputeAsync(SnapshotType type, CancellationToken cancellationToken);
}
