using System.Text.Json.Nodes;
using SpaceX.Application.Ingestion;
using SpaceX.Application.Ingestion.Documents;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>The query filters the source sends, in the API's MongoDB-like form.</summary>
public static class QueryFilters
{
    /// <summary>Dates go in the API's stored text form, since its range filters compare text.</summary>
    public static JsonObject Launches(LaunchSelection selection)
    {
        if (selection.IsAll)
        {
            return [];
        }

        var range = new JsonObject();
        if (selection.From is { } from)
        {
            range["$gte"] = ApiDates.Format(from);
        }

        if (selection.To is { } to)
        {
            range["$lte"] = ApiDates.Format(to);
        }

        var byDate = new JsonObject { ["date_utc"] = range };
        return selection.AlsoIds.Count == 0
            ? byDate
            : new JsonObject { ["$or"] = new JsonArray(byDate, ById(selection.AlsoIds)) };
    }

    /// <summary>The documents with these ids, in one <c>$in</c>.</summary>
    public static JsonObject ById(IEnumerable<string> ids) =>
        new() { ["_id"] = new JsonObject { ["$in"] = new JsonArray([.. ids.Select(id => (JsonNode)id)]) } };
}
