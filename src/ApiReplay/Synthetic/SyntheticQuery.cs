using System.Buffers;
using System.Text.Json.Nodes;
using SpaceX.ApiReplay.Query;

namespace SpaceX.ApiReplay.Synthetic;

/// <summary>
/// <c>POST /query</c> over a synthetic collection: filtered position by position (positions are all a query keeps),
/// in id order, paged; <c>select</c> is not served here, and <c>populate</c> only for a launch's payloads.
/// </summary>
internal sealed class SyntheticQuery(SyntheticData data)
{
    private readonly Dictionary<string, IReadOnlyList<int>> _matches = [];
    private readonly Lock _lock = new();

    public void Run(string collection, JsonObject? filter, QueryOptions options, IBufferWriter<byte> output)
    {
        var populated = collection == "launches" && options.Populate.Count > 0
            && options.Populate.Any(p => p is { Path: "payloads", Select: null }) && options.Populate.All(p => SyntheticData.Populates(p.Path));
        if (options.Select is not null || (options.Populate.Count > 0 && !populated))
        {
            throw new ReplayException(
                "A synthetic collection does not serve select, nor populate but for a launch's payloads (and its launchpad, rocket and cores' landpads).");
        }

        if (options.Sort.Keys.Any(k => k.Path is not ("_id" or "id") || k.Descending))
        {
            throw new ReplayException("A synthetic collection is served in id order only (sort {\"_id\": 1}).");
        }

        var matched = Matching(collection, filter);
        QueryEngine.Page(
            matched.Count, options, output,
            populated
                ? (index, writer) => data.ReadPopulated(matched[index], options.Populate).WriteTo(writer)
                : (index, writer) => data.Write(collection, matched[index], writer));
    }

    /// <summary>The positions the filter matches, kept for the query's next pages.</summary>
    private IReadOnlyList<int> Matching(string collection, JsonObject? filter)
    {
        if (filter is null || filter.Count == 0)
        {
            return new Everything(data.Count(collection));
        }

        var key = $"{collection}|{filter.ToJsonString()}";
        lock (_lock)
        {
            if (_matches.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        var matches = MongoFilter.Compile(filter);
        var whole = !SyntheticData.Generates(collection, TopLevelFields(filter));
        var positions = new List<int>();
        for (var position = 0; position < data.Count(collection); position++)
        {
            if (matches(data.Read(collection, position, whole)))
            {
                positions.Add(position);
            }
        }

        lock (_lock)
        {
            if (_matches.Count >= 8)
            {
                _matches.Clear();
            }

            _matches[key] = positions;
        }

        return positions;
    }

    /// <summary>The first segment of every field path the filter names, inside $or/$and/$nor too.</summary>
    private static IEnumerable<string> TopLevelFields(JsonObject filter) =>
        filter.SelectMany(clause => clause.Key.StartsWith('$')
            ? clause.Value is JsonArray subfilters ? subfilters.OfType<JsonObject>().SelectMany(TopLevelFields) : []
            : [clause.Key.Split('.')[0]]);

    /// <summary>Every position, without a list of them.</summary>
    private sealed class Everything(int count) : IReadOnlyList<int>
    {
        public int Count => count;

        public int this[int index] => index;

        public IEnumerator<int> GetEnumerator() => Enumerable.Range(0, count).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
