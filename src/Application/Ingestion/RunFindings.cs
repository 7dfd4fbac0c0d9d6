using SpaceX.Application.Ingestion.Quality;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Ingestion;

/// <summary>What a run keeps besides its records: the records it refused, the fields it saw, the warnings it raised.</summary>
/// <param name="Fingerprints">Fingerprints that changed (or were first taken) in this run, per kind of record.</param>
/// <param name="Drift">How the source's documents changed shape (also among the warnings).</param>
/// <param name="RemovedLaunchIds">Stored launches the API no longer serves: kept, and marked removed.</param>
public sealed record RunFindings(
    IReadOnlyList<QuarantinedRecord> Quarantined,
    IReadOnlyDictionary<RecordKind, SchemaFingerprint> Fingerprints,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> RemovedLaunchIds,
    IReadOnlyList<string> Drift);
