using System.Text.Json.Nodes;

namespace SpaceX.ApiReplay.Query;

/// <summary>
/// The <c>select</c> option: <c>"name date_utc"</c>, <c>"-links"</c>, <c>{"name": 1}</c> or <c>{"links": 0}</c>.
/// An inclusion keeps <c>id</c> unless it is excluded by name.
/// </summary>
public sealed record Projection(IReadOnlySet<string> Fields, bool Inclusive, bool KeepId)
{
    public static Projection? Parse(JsonNode? select)
    {
        var keys = select switch
        {
            null => [],
            JsonValue value when value.TryGetValue<string>(out var text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(key => key.StartsWith('-') ? (key[1..], false) : (key.TrimStart('+'), true)).ToList(),
            JsonObject fields => fields.Select(f => (f.Key, f.Value?.ToJsonString() is not ("0" or "false"))).ToList(),
            _ => throw new ReplayException("select must be an object or a string."),
        };
        if (keys.Count == 0)
        {
            return null;
        }

        var excludesId = keys.Any(k => k.Item1 is "id" or "_id" && !k.Item2);
        var rest = keys.Where(k => k.Item1 is not ("id" or "_id")).ToList();
        if (rest.Count == 0)
        {
            return new Projection(new HashSet<string>(), Inclusive: !excludesId, KeepId: !excludesId);
        }

        var inclusive = rest[0].Item2;
        if (rest.Any(k => k.Item2 != inclusive))
        {
            throw new ReplayException("select cannot mix inclusion and exclusion.");
        }

        return new Projection(rest.Select(k => k.Item1).ToHashSet(), inclusive, !excludesId);
    }

    public JsonObject Apply(JsonObject document)
    {
        foreach (var key in document.Select(p => p.Key).ToList())
        {
            var listed = Fields.Contains(key) || Fields.Any(f => f.StartsWith(key + ".", StringComparison.Ordinal));
            var keep = key == "id" ? KeepId : listed == Inclusive;
            if (!keep)
            {
                document.Remove(key);
            }
        }

        return document;
    }
}
