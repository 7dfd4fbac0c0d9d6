using System.Text.Json;
using SpaceX.Application.Ingestion.Quality;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>
/// Counts, per kind of record, the documents read, the top-level fields in them and the JSON types at every path
/// (for schema drift).
/// </summary>
internal sealed class FieldCounter
{
    private readonly Dictionary<RecordKind, Counts> _counts = [];
    private readonly Lock _lock = new();

    public IReadOnlyDictionary<RecordKind, FieldCensus> Census
    {
        get
        {
            lock (_lock)
            {
                return _counts.ToDictionary(
                    c => c.Key,
                    c => new FieldCensus(c.Value.Documents, new Dictionary<string, int>(c.Value.Fields), new Dictionary<string, int>(c.Value.Types)));
            }
        }
    }

    /// <summary>Counts the document and returns it, to read on.</summary>
    public JsonElement Count(RecordKind kind, JsonElement document)
    {
        lock (_lock)
        {
            if (!_counts.TryGetValue(kind, out var counts))
            {
                _counts[kind] = counts = new Counts();
            }

            counts.Documents++;
            if (document.ValueKind == JsonValueKind.Object)
            {
                foreach (var name in document.EnumerateObject().Select(p => p.Name).Distinct()) // a repeated key is still one field
                {
                    counts.Fields[name] = counts.Fields.GetValueOrDefault(name) + 1;
                }
            }

            var typesInDocument = new HashSet<string>();
            CollectTypes(document, "", typesInDocument);
            foreach (var type in typesInDocument)
            {
                counts.Types[type] = counts.Types.GetValueOrDefault(type) + 1;
            }
        }

        return document;
    }

    /// <summary>Each path's type, once per document: <c>name:string</c>, <c>links.patch.small:string</c>, <c>cores[].flight:number</c>.</summary>
    private static void CollectTypes(JsonElement value, string path, HashSet<string> types)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    var child = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    if (property.Value.ValueKind != JsonValueKind.Null)
                    {
                        types.Add($"{child}:{TypeName(property.Value.ValueKind)}");
                    }

                    CollectTypes(property.Value, child, types);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Null)
                    {
                        types.Add($"{path}[]:{TypeName(item.ValueKind)}");
                    }

                    CollectTypes(item, $"{path}[]", types);
                }

                break;
        }
    }

    private static string TypeName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private sealed class Counts
    {
        public int Documents { get; set; }

        public Dictionary<string, int> Fields { get; } = [];

        public Dictionary<string, int> Types { get; } = [];
    }
}
