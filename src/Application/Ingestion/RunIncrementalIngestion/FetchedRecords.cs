using SpaceX.Application.Ingestion.Documents;

namespace SpaceX.Application.Ingestion.RunIncrementalIngestion;

internal sealed record FetchedRecords(
    IReadOnlyList<LaunchDocument> Launches,
    IReadOnlyList<PayloadDocument> Payloads,
    IReadOnlyList<LaunchpadDocument> Launchpads,
    IReadOnlyList<RocketDocument> Rockets)
{
    public int Count => Launches.Count + Payloads.Count + Launchpads.Count + Rockets.Count;
}
