using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpaceX.ApiReplay.Query;

/// <summary>Equality and ordering of JSON values with MongoDB's rules: values of different types never compare.</summary>
public static class JsonValues
{
    public static bool AreEqual(JsonNode? a, JsonNode? b) => Compare(a, b) == 0;

    /// <summary>Null when the two values are of different kinds and cannot be ordered.</summary>
    public static int? Compare(JsonNode? a, JsonNode? b)
    {
        var kindA = Kind(a);
        if (kindA != Kind(b))
        {
            return null;
        }

        return kindA switch
        {
            JsonValueKind.Null => 0,
            JsonValueKind.String => string.CompareOrdinal(a!.GetValue<string>(), b!.GetValue<string>()),
            JsonValueKind.Number => Number(a!).CompareTo(Number(b!)),
            JsonValueKind.True or JsonValueKind.False => a!.GetValue<bool>().CompareTo(b!.GetValue<bool>()),
            _ => JsonNode.DeepEquals(a, b) ? 0 : null,
        };
    }

    private static decimal Number(JsonNode node) =>
        decimal.Parse(node.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Sort order across kinds, as MongoDB sorts: null, numbers, strings, objects, arrays, booleans.</summary>
    public static int SortCompare(JsonNode? a, JsonNode? b) =>
        Compare(a, b) ?? Rank(Kind(a)).CompareTo(Rank(Kind(b)));

    private static JsonValueKind Kind(JsonNode? node) => node switch
    {
        null => JsonValueKind.Null,
        JsonValue value => value.GetValueKind() is JsonValueKind.False ? JsonValueKind.True : value.GetValueKind(),
        _ => node.GetValueKind(),
    };

    private static int Rank(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Null => 0,
        JsonValueKind.Number => 1,
        JsonValueKind.String => 2,
        JsonValueKind.Object => 3,
        JsonValueKind.Array => 4,
        _ => 5,
    };
}
