using System.Text.Json.Nodes;

namespace SpaceX.Infrastructure.SpaceXApi;

public sealed record QueryRequestOptions(int Page, int Limit, JsonObject Sort);
