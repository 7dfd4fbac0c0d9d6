namespace SpaceX.Application.Ingestion.Documents;

public sealed record RocketDocument(string? Id, string? Name, string? Type, bool? Active, RawJson Raw);
