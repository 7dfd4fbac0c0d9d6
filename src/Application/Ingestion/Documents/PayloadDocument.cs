namespace SpaceX.Application.Ingestion.Documents;

public sealed record PayloadDocument(
    string? Id, string? Name, string? Type, decimal? MassKg, string? Orbit, string? LaunchId, RawJson Raw);
