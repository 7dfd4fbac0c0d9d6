namespace SpaceX.Application.Ingestion.Documents;

/// <summary>A payload as the API served it, read as <see cref="LaunchDocument"/> is.</summary>
public sealed record PayloadDocument(
    string? Id, string? Name, string? Type, decimal? MassKg, string? Orbit, string? LaunchId, RawJson Raw, IReadOnlyList<string> TypeErrors) : IApiDocument;
