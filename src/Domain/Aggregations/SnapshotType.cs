namespace SpaceX.Domain.Aggregations;

public enum SnapshotType
{
    Initial,
    Incremental,
    Manual,
}
