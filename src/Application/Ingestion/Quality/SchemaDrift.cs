namespace SpaceX.Application.Ingestion.Quality;

/// <summary>
/// Compares the fields the API served with the stored fingerprint (the fields seen before, per kind of record):
/// a field never seen before, or a known field missing from some documents, is drift.
/// </summary>
public static class SchemaDrift
{
    /// <returns>One message per kind of record that drifted, and the fingerprints to store from now on.</returns>
    public static (IReadOnlyList<string> Changes, IReadOnlyDictionary<string, IReadOnlySet<string>> Fingerprints) Compare(
        IReadOnlyDictionary<string, FieldCensus> served, IReadOnlyDictionary<string, IReadOnlySet<string>> stored)
    {
        var changes = new List<string>();
        var fingerprints = new Dictionary<string, IReadOnlySet<string>>();
        foreach (var (entity, census) in served.Where(s => s.Value.Documents > 0).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var seen = census.Occurrences.Keys.ToHashSet();
            if (!stored.TryGetValue(entity, out var known))
            {
                fingerprints[entity] = seen;
                continue;
            }

            var added = seen.Except(known).Order(StringComparer.Ordinal).ToList();
            var missing = known.Where(f => census.Occurrences.GetValueOrDefault(f) < census.Documents).Order(StringComparer.Ordinal)
                .Select(f => $"{f} (absent from {census.Documents - census.Occurrences.GetValueOrDefault(f)} of {census.Documents})")
                .ToList();
            if (added.Count > 0 || missing.Count > 0)
            {
                var parts = new[] { added.Count > 0 ? $"new field(s) {string.Join(", ", added)}" : null, missing.Count > 0 ? $"missing field(s) {string.Join(", ", missing)}" : null };
                changes.Add($"{entity} documents changed shape: {string.Join("; ", parts.OfType<string>())}");
                fingerprints[entity] = known.Union(seen).ToHashSet();
            }
        }

        return (changes, fingerprints);
    }
}
