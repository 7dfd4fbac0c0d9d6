namespace SpaceX.Application.Ingestion.Quality;

/// <summary>
/// The shape of one kind of record: every top-level field seen in some document, those seen in all of them, and the
/// JSON types seen at each path (<c>path:type</c>; null for a fingerprint stored before types were kept).
/// </summary>
public sealed record SchemaFingerprint(IReadOnlySet<string> Known, IReadOnlySet<string> Required, IReadOnlySet<string>? Types);
