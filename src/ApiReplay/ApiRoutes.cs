using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SpaceX.ApiReplay.Query;

namespace SpaceX.ApiReplay;

/// <summary>The API's routes: GET all, /:id, the launch shortcuts, and POST /query; v4 everywhere, v5 for launches.</summary>
internal static class ApiRoutes
{
    /// <summary>As the API writes JSON: "&amp;" stays "&amp;", not "\u0026".</summary>
    private static readonly JsonSerializerOptions Output = new() { Encoder = QueryEngine.Output.Encoder };

    public static void Map(IEndpointRouteBuilder app, ReplayServer server)
    {
        app.MapGet("/{version}/{collection}", (string version, string collection) =>
            Serve(version, collection, () => Synthetic(server, collection) ?? Json(server.View(version, collection))));

        app.MapGet("/{version}/{collection}/{id}", (string version, string collection, string id) =>
            Serve(version, collection, () =>
            {
                if (Synthetic(server, collection) is { } refused)
                {
                    return refused;
                }

                var documents = server.View(version, collection);
                return (collection, id) switch
                {
                    ("launches", "past") => Json(documents.Where(d => !IsUpcoming(d))),
                    ("launches", "upcoming") => Json(documents.Where(IsUpcoming)),
                    ("launches", "latest") => One(documents.Where(d => !IsUpcoming(d)).OrderBy(FlightNumber).LastOrDefault()),
                    ("launches", "next") => One(documents.Where(IsUpcoming).OrderBy(FlightNumber).FirstOrDefault()),
                    _ => One(documents.FirstOrDefault(d => (string?)d["id"] == id)),
                };
            }));

        app.MapPost("/{version}/{collection}/query", async (string version, string collection, HttpRequest request, HttpResponse response) =>
        {
            JsonObject body;
            try
            {
                body = await JsonNode.ParseAsync(request.Body) as JsonObject ?? [];
            }
            catch (JsonException e)
            {
                return Error(StatusCodes.Status400BadRequest, $"Invalid JSON body: {e.Message}");
            }

            return Serve(version, collection, () =>
            {
                var options = QueryOptions.Parse(body["options"] as JsonObject);
                if (server.Synthetic is { } synthetic && IsSynthetic(collection))
                {
                    return version == "v4"
                        ? Json(response, output => synthetic.Run(collection, body["query"] as JsonObject, options, output))
                        : Error(StatusCodes.Status400BadRequest, "The synthetic launches are served in v4 only.");
                }

                var matched = server.Matching(version, collection, body["query"] as JsonObject, options.Sort);
                return Json(response, output => QueryEngine.Run(matched, options, target => server.View(version, target).ToDictionary(d => (string)d["id"]!), output));
            });
        });
    }

    /// <summary>Answers for a collection that exists in that version; a bad query option is a 400.</summary>
    private static IResult Serve(string version, string collection, Func<IResult> answer)
    {
        if (!Snapshot.Collections.Contains(collection) || version is not ("v4" or "v5") || (version == "v5" && collection != "launches"))
        {
            return Error(StatusCodes.Status404NotFound, "Not Found");
        }

        try
        {
            return answer();
        }
        catch (ReplayException e)
        {
            return Error(StatusCodes.Status400BadRequest, e.Message);
        }
    }

    private static bool IsSynthetic(string collection) => collection is "launches" or "payloads";

    /// <summary>A synthetic collection is served through <c>POST /query</c> only (a GET would be all of it at once).</summary>
    private static IResult? Synthetic(ReplayServer server, string collection) =>
        server.Synthetic is not null && IsSynthetic(collection)
            ? Error(StatusCodes.Status400BadRequest, $"The synthetic {collection} are served through POST /query only.")
            : null;

    private static bool IsUpcoming(JsonObject launch) => launch["upcoming"]?.GetValue<bool>() == true;

    private static int FlightNumber(JsonObject launch) => launch["flight_number"]?.GetValue<int>() ?? 0;

    private static IResult One(JsonObject? document) =>
        document is null ? Error(StatusCodes.Status404NotFound, "Not Found") : Json(document);

    /// <summary>An array of the snapshot's own documents, written without attaching them to a new parent.</summary>
    private static IResult Json(IEnumerable<JsonObject> documents) =>
        Results.Text($"[{string.Join(",", documents.Select(d => d.ToJsonString(Output)))}]", "application/json; charset=utf-8");

    private static IResult Json(JsonNode node) => Results.Text(node.ToJsonString(Output), "application/json; charset=utf-8");

    /// <summary>A body written into pooled memory, given back when the response is done with.</summary>
    private static IResult Json(HttpResponse response, Action<IBufferWriter<byte>> write)
    {
        var body = new PooledBody();
        response.RegisterForDispose(body);
        write(body);
        return Results.Bytes(body.WrittenMemory, "application/json; charset=utf-8");
    }

    public static IResult Error(int status, string message) =>
        Results.Text(new JsonObject { ["error"] = message }.ToJsonString(), "application/json; charset=utf-8", statusCode: status);
}
