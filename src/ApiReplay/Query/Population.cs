using System.Text.Json.Nodes;

namespace SpaceX.ApiReplay.Query;

/// <summary>
/// The <c>populate</c> option: <c>"payloads"</c>, <c>["payloads", "rocket"]</c> or
/// <c>{"path": "payloads", "select": {"mass_kg": 1}}</c>; ids at the path are replaced by their documents. A path into
/// an array of objects (<c>cores.landpad</c>) populates the field of each.
/// </summary>
public sealed record Population(string Path, Projection? Select)
{
    /// <summary>Which collection each reference field of a launch or payload points into.</summary>
    private static readonly Dictionary<string, string> Targets = new()
    {
        ["payloads"] = "payloads",
        ["launchpad"] = "launchpads",
        ["rocket"] = "rockets",
        ["launch"] = "launches",
        ["launches"] = "launches",
        ["rockets"] = "rockets",
        ["landpad"] = "landpads",
    };

    public static IReadOnlyList<Population> Parse(JsonNode? populate) => populate switch
    {
        null => [],
        JsonArray items => items.SelectMany(Parse).ToList(),
        JsonValue value when value.TryGetValue<string>(out var text) =>
            text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(path => new Population(path, null)).ToList(),
        JsonObject spec => [new Population(
            (string?)spec["path"] ?? throw new ReplayException("populate objects need a path."),
            Projection.Parse(spec["select"]))],
        _ => throw new ReplayException("populate must be a string, an array or an object."),
    };

    public void Apply(JsonObject document, Func<string, IReadOnlyDictionary<string, JsonObject>> collection)
    {
        if (Path.Split('.', 2) is [var outer, var inner])
        {
            foreach (var item in document[outer] as JsonArray ?? [])
            {
                if (item is JsonObject nested)
                {
                    (this with { Path = inner }).Apply(nested, collection);
                }
            }

            return;
        }

        if (!Targets.TryGetValue(Path, out var target) || !document.TryGetPropertyValue(Path, out var value))
        {
            return;
        }

        var byId = collection(target);
        document[Path] = value switch
        {
            JsonArray ids => new JsonArray(ids.Select(id => Resolve(id, byId)).OfType<JsonNode>().ToArray()),
            _ => Resolve(value, byId),
        };
    }

    private JsonNode? Resolve(JsonNode? id, IReadOnlyDictionary<string, JsonObject> byId) =>
        id is JsonValue value && value.TryGetValue<string>(out var key) && byId.TryGetValue(key, out var found)
            ? Select is null ? found.DeepClone() : Select.Apply((JsonObject)found.DeepClone())
            : null;
}
