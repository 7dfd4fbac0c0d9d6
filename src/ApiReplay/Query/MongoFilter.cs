using System.Text.Json.Nodes;

namespace SpaceX.ApiReplay.Query;

/// <summary>
/// The subset of MongoDB's query language the SpaceX API accepts in <c>POST /query</c>:
/// $eq $ne $gt $gte $lt $lte $in $nin $exists $or $and $nor, implicit equality and dotted paths.
/// </summary>
public static class MongoFilter
{
    public static bool Matches(JsonObject document, JsonObject? filter) =>
        filter is null || filter.All(clause => MatchesClause(document, clause.Key, clause.Value));

    private static bool MatchesClause(JsonObject document, string key, JsonNode? condition) => key switch
    {
        "$or" => Subfilters(condition, key).Any(f => Matches(document, f)),
        "$and" => Subfilters(condition, key).All(f => Matches(document, f)),
        "$nor" => !Subfilters(condition, key).Any(f => Matches(document, f)),
        _ when key.StartsWith('$') => throw new ReplayException($"Unsupported top-level operator {key}."),
        _ => MatchesCondition(DocumentPath.Resolve(document, key), condition),
    };

    private static bool MatchesCondition(IReadOnlyList<JsonNode?> values, JsonNode? condition) =>
        condition is JsonObject operators && operators.Count > 0 && operators.All(o => o.Key.StartsWith('$'))
            ? operators.All(o => MatchesOperator(values, o.Key, o.Value))
            : EqualsAny(values, condition);

    private static bool MatchesOperator(IReadOnlyList<JsonNode?> values, string op, JsonNode? operand) => op switch
    {
        "$eq" => EqualsAny(values, operand),
        "$ne" => !EqualsAny(values, operand),
        "$gt" => values.Any(v => JsonValues.Compare(v, operand) > 0),
        "$gte" => values.Any(v => JsonValues.Compare(v, operand) >= 0),
        "$lt" => values.Any(v => JsonValues.Compare(v, operand) < 0),
        "$lte" => values.Any(v => JsonValues.Compare(v, operand) <= 0),
        "$in" => List(operand, op).Any(candidate => EqualsAny(values, candidate)),
        "$nin" => !List(operand, op).Any(candidate => EqualsAny(values, candidate)),
        "$exists" => (values.Count > 0) == IsTruthy(operand),
        "$not" => !MatchesCondition(values, operand),
        _ => throw new ReplayException($"Unsupported operator {op}."),
    };

    /// <summary>Equality as MongoDB has it: an array field matches when one element does; null matches a missing field.</summary>
    private static bool EqualsAny(IReadOnlyList<JsonNode?> values, JsonNode? expected)
    {
        if (values.Count == 0)
        {
            return expected is null;
        }

        return values.Any(value =>
            JsonValues.AreEqual(value, expected) ||
            (value is JsonArray array && expected is not JsonArray && array.Any(item => JsonValues.AreEqual(item, expected))));
    }

    private static IEnumerable<JsonObject> Subfilters(JsonNode? condition, string op) =>
        condition is JsonArray array
            ? array.Select(f => f as JsonObject ?? throw new ReplayException($"{op} takes an array of filters."))
            : throw new ReplayException($"{op} takes an array of filters.");

    private static JsonArray List(JsonNode? operand, string op) =>
        operand as JsonArray ?? throw new ReplayException($"{op} needs an array.");

    private static bool IsTruthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<decimal>(out var number) => number != 0,
        _ => true,
    };
}
