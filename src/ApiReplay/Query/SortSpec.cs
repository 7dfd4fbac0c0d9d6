using System.Text.Json.Nodes;

namespace SpaceX.ApiReplay.Query;

/// <summary>The <c>sort</c> option: <c>{"date_utc": 1, "name": "desc"}</c> or <c>"date_utc -name"</c>.</summary>
public sealed record SortSpec(IReadOnlyList<(string Path, bool Descending)> Keys)
{
    public static SortSpec Parse(JsonNode? sort) => sort switch
    {
        null => new SortSpec([]),
        JsonValue value when value.TryGetValue<string>(out var text) => new SortSpec(
            text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(key => key.StartsWith('-') ? (key[1..], true) : (key.TrimStart('+'), false))
                .ToList()),
        JsonObject keys => new SortSpec(keys.Select(k => (k.Key, IsDescending(k.Key, k.Value))).ToList()),
        _ => throw new ReplayException("sort must be an object or a string."),
    };

    public IEnumerable<JsonObject> Apply(IEnumerable<JsonObject> documents)
    {
        if (Keys.Count == 0)
        {
            return documents;
        }

        var ordered = documents.Order(Comparer<JsonObject>.Create(CompareDocuments));
        return ordered;
    }

    private int CompareDocuments(JsonObject a, JsonObject b)
    {
        foreach (var (path, descending) in Keys)
        {
            var result = JsonValues.SortCompare(First(a, path), First(b, path));
            if (result != 0)
            {
                return descending ? -result : result;
            }
        }

        return 0;
    }

    private static JsonNode? First(JsonObject document, string path) => DocumentPath.Resolve(document, path).FirstOrDefault();

    private static bool IsDescending(string key, JsonNode? direction) => direction?.ToJsonString().Trim('"') switch
    {
        "1" or "asc" or "ascending" => false,
        "-1" or "desc" or "descending" => true,
        _ => throw new ReplayException($"Invalid sort direction for {key}."),
    };
}
