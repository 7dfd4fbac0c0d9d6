using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <param name="Populate">mongoose's <c>populate</c>: reference fields to replace by their documents; left out when null.</param>
public sealed record QueryRequestOptions(
    int Page, int Limit, JsonObject Sort, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonArray? Populate = null);
