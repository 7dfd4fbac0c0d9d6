using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>Source-generated JSON metadata for the API's messages: no reflection when a short-lived process first reads a page.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(QueryRequest))]
[JsonSerializable(typeof(List<JsonElement>))]
internal sealed partial class SpaceXApiJsonContext : JsonSerializerContext;
