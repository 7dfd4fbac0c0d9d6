namespace SpaceX.Application.Ingestion.Quality;

/// <summary>The shape of one kind of record: every field seen in some document, and those seen in all of them.</summary>
public sealed record SchemaFingerprint(IReadOnlySet<string> Known, IReadOnlySet<string> Required);
