using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Ingestion.Quality;

/// <summary>
/// Compares what the API served with the stored fingerprint: a top-level field never seen before, one that every
/// document used to have and some now lack, or a path seen with a JSON type it never had (a number that became a
/// string) is drift. Accepted drift becomes the new fingerprint, so each change is reported once.
/// </summary>
public static class SchemaDrift
{
    /// <returns>One message per kind of record that drifted, and the fingerprints to store from now on.</returns>
    public static (IReadOnlyList<string> Changes, IReadOnlyDictionary<RecordKind, SchemaFingerprint> Fingerprints) Compare(
        IReadOnlyDictionary<RecordKind, FieldCensus> served, IReadOnlyDictionary<RecordKind, SchemaFingerprint> stored)
    {
        var changes = new List<string>();
        var fingerprints = new Dictionary<RecordKind, SchemaFingerprint>();
        foreach (var (kind, census) in served.Where(s => s.Value.Documents > 0).OrderBy(s => s.Key))
        {
            var seen = census.Occurrences.Keys.ToHashSet();
            var inEvery = census.Occurrences.Where(o => o.Value == census.Documents).Select(o => o.Key).ToHashSet();
            var types = census.TypeOccurrences.Keys.ToHashSet();
            if (!stored.TryGetValue(kind, out var known))
            {
                fingerprints[kind] = new SchemaFingerprint(seen, inEvery, types);
                continue;
            }

            var added = seen.Except(known.Known).Order(StringComparer.Ordinal).ToList();
            var missing = known.Required.Except(inEvery).Order(StringComparer.Ordinal)
                .Select(f => $"{f} (absent from {census.Documents - census.Occurrences.GetValueOrDefault(f)} of {census.Documents})")
                .ToList();
            var retyped = known.Types is null ? [] : Retyped(census, known.Types);
            if (added.Count == 0 && missing.Count == 0 && retyped.Count == 0)
            {
                if (known.Types is null)
                {
                    fingerprints[kind] = known with { Types = types }; // taken for the first time, nothing to compare with
                }

                continue;
            }

            string?[] parts =
            [
                added.Count > 0 ? $"new field(s) {string.Join(", ", added)}" : null,
                missing.Count > 0 ? $"missing field(s) {string.Join(", ", missing)}" : null,
                retyped.Count > 0 ? $"field(s) of another type {string.Join(", ", retyped)}" : null,
            ];
            changes.Add($"{kind.Name()} documents changed shape: {string.Join("; ", parts.OfType<string>())}");
            fingerprints[kind] = new SchemaFingerprint(
                known.Known.Union(seen).ToHashSet(), known.Required.Intersect(inEvery).ToHashSet(), types.Union(known.Types ?? Enumerable.Empty<string>()).ToHashSet());
        }

        return (changes, fingerprints);
    }

    /// <summary>Paths the fingerprint knows, seen now with a type they never had: <c>window: string in 1 of 205 (was number)</c>.</summary>
    private static List<string> Retyped(FieldCensus census, IReadOnlySet<string> knownTypes)
    {
        var typesByPath = knownTypes.Select(Split).ToLookup(t => t.Path, t => t.Type);
        return census.TypeOccurrences
            .Select(o => (Split(o.Key).Path, Split(o.Key).Type, Count: o.Value))
            .Where(o => typesByPath.Contains(o.Path) && !typesByPath[o.Path].Contains(o.Type))
            .OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Type, StringComparer.Ordinal)
            .Select(o => $"{o.Path}: {o.Type} in {o.Count} of {census.Documents} (was {string.Join(" or ", typesByPath[o.Path].Order(StringComparer.Ordinal))})")
            .ToList();
    }

    private static (string Path, string Type) Split(string pathAndType)
    {
        var colon = pathAndType.LastIndexOf(':');
        return (pathAndType[..colon], pathAndType[(colon + 1)..]);
    }
}
