using System.Text.Json.Nodes;

namespace SpaceX.ApiReplay.Query;

/// <summary>Runs one <c>POST /query</c> over a collection and shapes the paged response.</summary>
public static class QueryEngine
{
    /// <summary>The documents matching the filter, in the asked order: the same for every page of one query.</summary>
    public static List<JsonObject> Match(IEnumerable<JsonObject> documents, JsonObject? filter, SortSpec sort) =>
        sort.Apply(documents.Where(MongoFilter.Compile(filter))).ToList();

    /// <summary>One page of <paramref name="matched"/> (see <see cref="Match"/>), populated, selected and wrapped.</summary>
    public static JsonObject Run(
        IReadOnlyList<JsonObject> matched, QueryOptions options, Func<string, IReadOnlyDictionary<string, JsonObject>> collection)
    {
        var total = matched.Count;
        int limit, skip, page;
        if (!options.Pagination)
        {
            (limit, skip, page) = (total, 0, 1);
        }
        else
        {
            limit = options.Limit;
            skip = options.Offset ?? (Math.Max(options.Page, 1) - 1) * limit;
            page = options.Offset is { } offset && limit > 0 ? (offset / limit) + 1 : Math.Max(options.Page, 1);
        }

        var docs = new JsonArray();
        foreach (var served in matched.Skip(skip).Take(limit == 0 && options.Pagination ? int.MaxValue : limit))
        {
            var document = (JsonObject)served.DeepClone(); // populate and select change it; the snapshot stays as it is
            foreach (var population in options.Populate)
            {
                population.Apply(document, collection);
            }

            docs.Add(options.Select is null ? document : options.Select.Apply(document));
        }

        var totalPages = limit > 0 ? (int)Math.Ceiling(total / (double)limit) : 1;
        var hasPrev = page > 1;
        var hasNext = page < totalPages;
        return new JsonObject
        {
            ["docs"] = docs,
            ["totalDocs"] = total,
            ["offset"] = skip,
            ["limit"] = limit,
            ["totalPages"] = Math.Max(totalPages, 1),
            ["page"] = page,
            ["pagingCounter"] = ((page - 1) * limit) + 1,
            ["hasPrevPage"] = hasPrev,
            ["hasNextPage"] = hasNext,
            ["prevPage"] = hasPrev ? page - 1 : null,
            ["nextPage"] = hasNext ? page + 1 : null,
        };
    }
}
