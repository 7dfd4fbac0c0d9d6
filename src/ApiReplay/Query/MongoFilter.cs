using System.Text.Json.Nodes;

namespace SpaceX.ApiReplay.Query;

/// <summary>
/// The subset of MongoDB's query language the SpaceX API accepts in <c>POST /query</c>:
/// $eq $ne $gt $gte $lt $lte $in $nin $exists $not $or $and $nor, implicit equality and dotted paths. A filter is
/// compiled once per query into a predicate; <c>$in</c> over strings is a hash lookup, so a query with thousands of
/// ids stays linear in the collection.
/// </summary>
public static class MongoFilter
{
    public static Func<JsonObject, bool> Compile(JsonObject? filter)
    {
        if (filter is null || filter.Count == 0)
        {
            return _ => true;
        }

        var clauses = filter.Select(clause => CompileClause(clause.Key, clause.Value)).ToList();
        return document => clauses.All(clause => clause(document));
    }

    private static Func<JsonObject, bool> CompileClause(string key, JsonNode? condition)
    {
        switch (key)
        {
            case "$or":
                var any = Subfilters(condition, key);
                return d => any.Any(f => f(d));
            case "$and":
                var all = Subfilters(condition, key);
                return d => all.All(f => f(d));
            case "$nor":
                var none = Subfilters(condition, key);
                return d => !none.Any(f => f(d));
            case var op when op.StartsWith('$'):
                throw new ReplayException($"Unsupported top-level operator {key}.");
            default:
                var matches = CompileCondition(condition);
                return d => matches(DocumentPath.Resolve(d, key));
        }
    }

    private static Func<IReadOnlyList<JsonNode?>, bool> CompileCondition(JsonNode? condition)
    {
        if (condition is not JsonObject operators || operators.Count == 0 || !operators.All(o => o.Key.StartsWith('$')))
        {
            return values => EqualsAny(values, condition);
        }

        var tests = operators.Select(o => CompileOperator(o.Key, o.Value)).ToList();
        return values => tests.All(test => test(values));
    }

    private static Func<IReadOnlyList<JsonNode?>, bool> CompileOperator(string op, JsonNode? operand)
    {
        switch (op)
        {
            case "$eq":
                return values => EqualsAny(values, operand);
            case "$ne":
                return values => !EqualsAny(values, operand);
            case "$gt":
                return values => values.Any(v => JsonValues.Compare(v, operand) > 0);
            case "$gte":
                return values => values.Any(v => JsonValues.Compare(v, operand) >= 0);
            case "$lt":
                return values => values.Any(v => JsonValues.Compare(v, operand) < 0);
            case "$lte":
                return values => values.Any(v => JsonValues.Compare(v, operand) <= 0);
            case "$in":
                var candidates = new Candidates(List(operand, op));
                return candidates.MatchAny;
            case "$nin":
                var excluded = new Candidates(List(operand, op));
                return values => !excluded.MatchAny(values);
            case "$exists":
                var exists = IsTruthy(operand);
                return values => (values.Count > 0) == exists;
            case "$not":
                var inner = CompileCondition(operand);
                return values => !inner(values);
            default:
                throw new ReplayException($"Unsupported operator {op}.");
        }
    }

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

    private static List<Func<JsonObject, bool>> Subfilters(JsonNode? condition, string op) =>
        condition is JsonArray array
            ? array.Select(f => Compile(f as JsonObject ?? throw new ReplayException($"{op} takes an array of filters."))).ToList()
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

    /// <summary>The values of an <c>$in</c>: strings in a hash set, anything else compared one by one.</summary>
    private sealed class Candidates(JsonArray operand)
    {
        private readonly HashSet<string> _strings = operand.OfType<JsonValue>()
            .Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToHashSet(StringComparer.Ordinal);

        private readonly List<JsonNode?> _others = operand.Where(v => !(v is JsonValue j && j.TryGetValue<string>(out _))).ToList();

        public bool MatchAny(IReadOnlyList<JsonNode?> values) =>
            values.Count == 0
                ? _others.Contains(null)
                : values.Any(value => value is JsonArray array ? array.Any(Matches) : Matches(value));

        private bool Matches(JsonNode? value) =>
            value is JsonValue text && text.TryGetValue<string>(out var s)
                ? _strings.Contains(s)
                : _others.Any(other => JsonValues.AreEqual(value, other));
    }
}
