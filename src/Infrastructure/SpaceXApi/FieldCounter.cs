using System.Text.Json;
using SpaceX.Application.Ingestion.Quality;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>Counts, per kind of record, the documents read and the top-level fields in them (for schema drift).</summary>
internal sealed class FieldCounter
{
    private readonly Dictionary<string, (int Documents, Dictionary<string, int> Occurrences)> _counts = [];
    private readonly Lock _lock = new();

    public IReadOnlyDictionary<string, FieldCensus> Census
    {
        get
        {
            lock (_lock)
            {
                return _counts.ToDictionary(c => c.Key, c => new FieldCensus(c.Value.Documents, new Dictionary<string, int>(c.Value.Occurrences)));
            }
        }
    }

    /// <summary>Counts the document and returns it, to read on.</summary>
    public JsonElement Count(string entity, JsonElement document)
    {
        lock (_lock)
        {
            if (!_counts.TryGetValue(entity, out var counts))
            {
                counts = (0, new Dictionary<string, int>());
            }

            if (document.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.EnumerateObject())
                {
                    counts.Occurrences[property.Name] = counts.Occurrences.GetValueOrDefault(property.Name) + 1;
                }
            }

            _counts[entity] = (counts.Documents + 1, counts.Occurrences);
        }

        return document;
    }
}
