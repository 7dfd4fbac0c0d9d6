namespace SpaceX.Domain.Ingestion;

public enum IngestionMode
{
    /// <summary>Empty database: fetch everything.</summary>
    Initial,

    /// <summary>The default: what is new since the high-water mark, plus the mutable set.</summary>
    Incremental,

    /// <summary>Asked for by the operator: fetch everything and reconcile.</summary>
    FullRefresh,

    /// <summary>A date range asked for by the operator.</summary>
    Backfill,
}
