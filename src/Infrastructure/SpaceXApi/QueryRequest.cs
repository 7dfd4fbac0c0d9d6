using System.Text.Json.Nodes;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>Body of <c>POST /query</c>: a MongoDB filter and mongoose-paginate options.</summary>
public sealed record QueryRequest(JsonObject Query, QueryRequestOptions Options);
