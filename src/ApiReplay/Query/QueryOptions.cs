using System.Text.Json.Nodes;

namespace SpaceX.ApiReplay.Query;

/// <summary>mongoose-paginate-v2's options as the API takes them in <c>POST /query</c>.</summary>
public sealed record QueryOptions(
    int Page, int Limit, int? Offset, bool Pagination, SortSpec Sort, Projection? Select, IReadOnlyList<Population> Populate)
{
    public static QueryOptions Parse(JsonObject? options)
    {
        options ??= [];
        return new QueryOptions(
            Page: Integer(options["page"], "page") ?? 1,
            Limit: Integer(options["limit"], "limit") ?? 10,
            Offset: Integer(options["offset"], "offset"),
            Pagination: options["pagination"]?.GetValueKind() != System.Text.Json.JsonValueKind.False,
            Sort: SortSpec.Parse(options["sort"]),
            Select: Projection.Parse(options["select"]),
            Populate: Population.Parse(options["populate"]));
    }

    private static int? Integer(JsonNode? node, string name) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<int>(out var number) && number >= 0 => number,
        JsonValue value when value.TryGetValue<string>(out var text) && int.TryParse(text, out var number) && number >= 0 => number,
        _ => throw new ReplayException($"{name} must be a non-negative integer."),
    };
}
