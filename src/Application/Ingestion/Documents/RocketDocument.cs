namespace SpaceX.Application.Ingestion.Documents;

/// <summary>A rocket as the API served it, read as <see cref="LaunchDocument"/> is.</summary>
public sealed record RocketDocument(string? Id, string? Name, string? Type, bool? Active, RawJson Raw, IReadOnlyList<string> TypeErrors) : IApiDocument;
