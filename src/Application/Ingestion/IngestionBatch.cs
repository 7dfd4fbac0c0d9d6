using SpaceX.Domain.Ingestion;
using SpaceX.Domain.Launches;
using SpaceX.Domain.Reference;

namespace SpaceX.Application.Ingestion;

/// <summary>Everything one run writes, in one transaction.</summary>
public sealed record IngestionBatch(
    IReadOnlyList<Staged<Launch>> Launches,
    IReadOnlyList<Staged<Payload>> Payloads,
    IReadOnlyList<Staged<Launchpad>> Launchpads,
    IReadOnlyList<Staged<Rocket>> Rockets,
    IReadOnlyList<QuarantinedRecord> Quarantined);
