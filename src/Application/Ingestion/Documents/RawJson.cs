namespace SpaceX.Application.Ingestion.Documents;

/// <summary>A record's JSON exactly as served, with the SHA-256 of that text (64 hex characters).</summary>
public sealed record RawJson(string Text, string ContentHash);
