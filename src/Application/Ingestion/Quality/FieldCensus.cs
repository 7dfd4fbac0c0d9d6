namespace SpaceX.Application.Ingestion.Quality;

/// <summary>
/// How many documents of one kind were fetched, in how many of them each top-level field appeared, and in how many
/// each path had each JSON type (<c>path:type</c>, e.g. <c>window:number</c>, <c>cores[].flight:number</c>; nulls
/// are not counted).
/// </summary>
public sealed record FieldCensus(int Documents, IReadOnlyDictionary<string, int> Occurrences, IReadOnlyDictionary<string, int> TypeOccurrences);
