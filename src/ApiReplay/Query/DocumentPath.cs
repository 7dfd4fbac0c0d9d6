using System.Text.Json.Nodes;

namespace SpaceX.ApiReplay.Query;

/// <summary>Resolves a dotted path the way MongoDB does: through nested objects and into arrays.</summary>
public static class DocumentPath
{
    /// <summary>The values at the path; empty when the path is missing. <c>_id</c> is the API's <c>id</c>.</summary>
    public static IReadOnlyList<JsonNode?> Resolve(JsonNode? document, string path)
    {
        IEnumerable<JsonNode?> current = [document];
        foreach (var segment in path.Split('.'))
        {
            var key = segment == "_id" ? "id" : segment;
            current = current.SelectMany(node => Step(node, key)).ToList();
        }

        return current.ToList();
    }

    private static IEnumerable<JsonNode?> Step(JsonNode? node, string key) => node switch
    {
        JsonObject obj when obj.TryGetPropertyValue(key, out var child) => [child],
        JsonArray array when int.TryParse(key, out var index) => index < array.Count ? [array[index]] : [],
        JsonArray array => array.SelectMany(item => Step(item, key)),
        _ => [],
    };
}
