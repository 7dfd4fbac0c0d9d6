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
    IReadOnlyList<QuarantinedRecord> Quarantined)
{
    /// <summary>Fingerprints that changed (or were first taken) in this run, per kind of record.</summary>
    public IReadOnlyDictionary<string, Quality.SchemaFingerprint> Fingerprints { get; init; } = new Dictionary<string, Quality.SchemaFingerprint>();

    /// <summary>What the run noticed without refusing anything: schema drift, data-quality problems.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
