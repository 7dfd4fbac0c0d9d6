using SpaceX.Infrastructure.Database;
using SpaceX.Application.Aggregations;
using SpaceX.Domain.Aggregations;

namespace SpaceX.Infrastructure.Persistence;

/// <summary>A manual snapshot: the same statement ingestion runs inside its transaction.</summary>
public sealed class PostgresAggregationStore(PostgresDatabase database, TimeProvider clock) : IAggregationStore
{
    public async Task<AggregationSnapshot> RecomputeAsync(SnapshotType type, CancellationToken cancellationToken)
    {
        await using var connection = await (await database.DataSourceAsync(cancellationToken)).OpenConnectionAsync(cancellationToken);
        return await AggregationSql.RecomputeAsync(connection, type, runId: null, clock.GetUtcNow(), cancellationToken);
    }
}
