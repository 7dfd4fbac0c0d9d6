using SpaceX.Application.Ingestion;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Runs;

/// <summary>One run as recorded: what it did, how long it took and each of its steps, how it ended, the drift it saw.</summary>
/// <param name="Steps">Empty for a run recorded before step times were stored.</param>
public sealed record RunRecord(
    Guid Id, IngestionMode Mode, RunStatus Status, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, double? Seconds,
    int Fetched, int Inserted, int Updated, int Unchanged, int Quarantined, int RelatedQuarantined, int RawVersionsAdded,
    int HttpRequests, DateTimeOffset? HighWaterMark, IReadOnlyList<string> Warnings, string? Error, IReadOnlyList<StepDuration> Steps,
    IReadOnlyList<string> Drift);
