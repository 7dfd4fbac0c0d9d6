namespace SpaceX.Domain.Aggregations;

/// <summary>What wrote an aggregation snapshot: a run of that mode that changed the data, or <c>aggregate</c> (manual).</summary>
public enum SnapshotType
{
    Initial,
    Incremental,
    FullRefresh,
    Backfill,
    Manual,
}
