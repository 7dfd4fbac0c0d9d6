namespace SpaceX.Application.Ingestion;

/// <summary>A payload a launch lists that the run did not store: quarantined, or not served by the API.</summary>
public sealed record UnstoredPayload(string LaunchName, string LaunchId, string PayloadId, bool Quarantined);
