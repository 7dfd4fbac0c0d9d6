using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Database;

public sealed record RunSummary(
    Guid Id, IngestionMode Mode, RunStatus Status, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
    RunCounts Counts, string? Error);
