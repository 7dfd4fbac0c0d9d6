namespace SpaceX.Application.Ingestion.Quality;

/// <summary>How many documents of one kind were fetched, and in how many of them each top-level field appeared.</summary>
public sealed record FieldCensus(int Documents, IReadOnlyDictionary<string, int> Occurrences);
