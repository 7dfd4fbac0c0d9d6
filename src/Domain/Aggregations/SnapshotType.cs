using SpaceX.Domain.Ingestion;

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

public static class SnapshotTypes
{
    /// <summary>The type of the snapshot a run of this mode writes.</summary>
    public static SnapshotType Of(IngestionMode mode) => mode switch
    {
        IngestionMode.Initial => SnapshotType.Initial,
        IngestionMode.Incremental => SnapshotType.Incremental,
        IngestionMode.FullRefresh => SnapshotType.FullRefresh,
        _ => SnapshotType.Backfill,
    };
}
