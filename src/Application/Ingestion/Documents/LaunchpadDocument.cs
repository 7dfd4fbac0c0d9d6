namespace SpaceX.Application.Ingestion.Documents;

public sealed record LaunchpadDocument(
    string? Id, string? Name, string? FullName, string? Locality, string? Region, string? Status, RawJson Raw);
