namespace SpaceX.Application.Ingestion.Documents;

/// <summary>A landing pad as the API served it, read as <see cref="LaunchDocument"/> is.</summary>
public sealed record LandpadDocument(
    string? Id, string? Name, string? FullName, string? Type, string? Status, string? Locality, string? Region,
    int? LandingAttempts, int? LandingSuccesses, RawJson Raw, IReadOnlyList<string> TypeErrors) : IApiDocument;
