namespace SpaceX.Infrastructure.Persistence.Tables;

public sealed class IngestionRunRow
{
    public Guid Id { get; set; }
    public required string Mode { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public int Fetched { get; set; }
    public int Inserted { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Quarantined { get; set; }
    public int RelatedQuarantined { get; set; }
    public int RawVersionsAdded { get; set; }
    public int HttpRequests { get; set; }
    public DateTimeOffset? HighWaterMark { get; set; }
    public string? Error { get; set; }
    public string[] Warnings { get; set; } = [];
    public string[] Drift { get; set; } = [];

    /// <summary>Each step's milliseconds, <c>[{"step": ..., "milliseconds": ...}]</c>, as the run report lists them; null before they were stored.</summary>
    public string? Steps { get; set; }
}
