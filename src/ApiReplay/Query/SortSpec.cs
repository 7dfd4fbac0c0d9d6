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

    /// <summary>Each document's sort keys are read once, not once per comparison.</summary>
    public IEnumerable<JsonObject> Apply(IEnumerable<JsonObject> documents)
    {
        if (Keys.Count == 0)
        {
            return documents;
        }

        var ordered = Order(documents, Keys[0]);
        foreach (var key in Keys.Skip(1))
        {
            ordered = key.Descending
                ? ordered.ThenByDescending(d => First(d, key.Path), Comparer)
                : ordered.ThenBy(d => First(d, key.Path), Comparer);
        }

        return ordered;
    }

    private static readonly Comparer<JsonNode?> Comparer = Comparer<JsonNode?>.Create(JsonValues.SortCompare);

    private static IOrderedEnumerable<JsonObject> Order(IEnumerable<JsonObject> documents, (string Path, bool Descending) key) =>
        key.Descending
            ? documents.OrderByDescending(d => First(d, key.Path), Comparer)
            : documents.OrderBy(d => First(d, key.Path), Comparer);

    private static JsonNode? First(JsonObject document, string path) => DocumentPath.Resolve(document, path).FirstOrDefault();

    private static bool IsDescending(string key, JsonNode? direction) => direction?.ToJsonString().Trim('"') switch
    {
        "1" or "asc" or "ascending" => false,
        "-1" or "desc" or "descending" => true,
        _ => throw new ReplayException($"Invalid sort direction for {key}."),
    };
}
