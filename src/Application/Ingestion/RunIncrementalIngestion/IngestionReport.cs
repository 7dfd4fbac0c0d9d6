using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Ingestion.RunIncrementalIngestion;

/// <summary>What a run did: logged, returned to the caller, printed by the CLI.</summary>
public sealed record IngestionReport(
    Guid RunId,
    IngestionMode Mode,
    RunStatus Status,
    bool DryRun,
    RunCounts Counts,
    int PayloadsFetched,
    int PayloadsWritten,
    int HttpRequests,
    DateTimeOffset? PreviousHighWaterMark,
    DateTimeOffset? HighWaterMark,
    int AbandonedRuns,
    IReadOnlyList<StepDuration> Steps,
    IReadOnlyList<QuarantinedRecord> Quarantined,
    IReadOnlyList<string> Warnings);
