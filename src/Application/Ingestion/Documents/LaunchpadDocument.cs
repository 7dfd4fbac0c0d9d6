namespace SpaceX.Application.Ingestion.Documents;

/// <summary>A launchpad as the API served it, read as <see cref="LaunchDocument"/> is.</summary>
public sealed record LaunchpadDocument(
    string? Id, string? Name, string? FullName, string? Locality, string? Region, string? Status, RawJson Raw, IReadOnlyList<string> TypeErrors) : IApiDocument;
