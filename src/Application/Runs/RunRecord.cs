using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Runs;

/// <summary>One run as recorded: what it did, how long it took, how it ended.</summary>
public sealed record RunRecord(
    Guid Id, IngestionMode Mode, RunStatus Status, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, double? Seconds,
    int Fetched, int Inserted, int Updated, int Unchanged, int Quarantined, int RelatedQuarantined, int RawVersionsAdded,
    int HttpRequests, DateTimeOffset? HighWaterMark, string Warnings, string? Error);
