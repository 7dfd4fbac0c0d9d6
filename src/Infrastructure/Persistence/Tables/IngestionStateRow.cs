namespace SpaceX.Infrastructure.Persistence.Tables;

/// <summary>Row of <c>ingestion_state</c>: one per source (today only "launches").</summary>
public sealed class IngestionStateRow
{
    public required string Source { get; set; }
    public DateTimeOffset? HighWaterMark { get; set; }
    public Guid? LastRunId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
