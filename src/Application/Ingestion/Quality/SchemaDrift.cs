namespace SpaceX.Application.Ingestion.Quality;

/// <summary>
/// Compares the fields the API served with the stored fingerprint: a field never seen before, or one that every
/// document used to have and some now lack, is drift. Accepted drift becomes the new fingerprint, so each change
/// is reported once.
/// </summary>
public static class SchemaDrift
{
    /// <returns>One message per kind of record that drifted, and the fingerprints to store from now on.</returns>
    public static (IReadOnlyList<string> Changes, IReadOnlyDictionary<string, SchemaFingerprint> Fingerprints) Compare(
        IReadOnlyDictionary<string, FieldCensus> served, IReadOnlyDictionary<string, SchemaFingerprint> stored)
    {
        var changes = new List<string>();
        var fingerprints = new Dictionary<string, SchemaFingerprint>();
        foreach (var (entity, census) in served.Where(s => s.Value.Documents > 0).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var seen = census.Occurrences.Keys.ToHashSet();
            var inEvery = census.Occurrences.Where(o => o.Value == census.Documents).Select(o => o.Key).ToHashSet();
            if (!stored.TryGetValue(entity, out var known))
            {
                fingerprints[entity] = new SchemaFingerprint(seen, inEvery);
                continue;
            }

            var added = seen.Except(known.Known).Order(StringComparer.Ordinal).ToList();
            var missing = known.Required.Except(inEvery).Order(StringComparer.Ordinal)
                .Select(f => $"{f} (absent from {census.Documents - census.Occurrences.GetValueOrDefault(f)} of {census.Documents})")
                .ToList();
            if (added.Count == 0 && missing.Count == 0)
            {
                continue;
            }

            string?[] parts = [added.Count > 0 ? $"new field(s) {string.Join(", ", added)}" : null, missing.Count > 0 ? $"missing field(s) {string.Join(", ", missing)}" : null];
            changes.Add($"{entity} documents changed shape: {string.Join("; ", parts.OfType<string>())}");
            fingerprints[entity] = new SchemaFingerprint(known.Known.Union(seen).ToHashSet(), known.Required.Intersect(inEvery).ToHashSet());
        }

        return (changes, fingerprints);
    }
}
