namespace SpaceX.Application.Ingestion;

/// <summary>
/// A launch as one glance at the API saw it: its id and the SHA-256 of the launch as served with its payloads'
/// documents in place of their ids (<paramref name="ObservedHash"/>), so that a corrected payload changes it too.
/// </summary>
public sealed record GlancedLaunch(string? Id, string ObservedHash);
