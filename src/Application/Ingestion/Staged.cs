namespace SpaceX.Application.Ingestion;

/// <summary>A validated record ready to write, with the JSON it came from.</summary>
public sealed record Staged<T>(T Record, Documents.RawJson Raw);
