using System.Security.Cryptography;
using System.Runtime.InteropServices;
using System.Text.Json;
using SpaceX.Application.Ingestion.Documents;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>
/// Reads API documents leniently: a missing field or one of the wrong type becomes null, for the validators to
/// name, so that one odd record is quarantined instead of failing the run.
/// </summary>
public static class DocumentReader
{
    public static LaunchDocument Launch(JsonElement e) => new(
        String(e, "id"), Int(e, "flight_number"), String(e, "name"), String(e, "date_utc"), String(e, "date_precision"),
        Bool(e, "upcoming"), Bool(e, "success"), String(e, "static_fire_date_utc"), String(e, "launchpad"), String(e, "rocket"),
        Strings(e, "payloads"), Raw(e));

    public static PayloadDocument Payload(JsonElement e) => new(
        String(e, "id"), String(e, "name"), String(e, "type"), Decimal(e, "mass_kg"), String(e, "orbit"), String(e, "launch"), Raw(e));

    public static LaunchpadDocument Launchpad(JsonElement e) => new(
        String(e, "id"), String(e, "name"), String(e, "full_name"), String(e, "locality"), String(e, "region"), String(e, "status"), Raw(e));

    public static RocketDocument Rocket(JsonElement e) => new(String(e, "id"), String(e, "name"), String(e, "type"), Bool(e, "active"), Raw(e));

    /// <summary>The document's bytes as the API sent them (escapes and all), and their hash.</summary>
    public static RawJson Raw(JsonElement e)
    {
        var utf8 = JsonMarshal.GetRawUtf8Value(e).ToArray();
        return new RawJson(utf8, Convert.ToHexStringLower(SHA256.HashData(utf8)));
    }

    private static JsonElement? Field(JsonElement e, string name, JsonValueKind kind) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var value) && value.ValueKind == kind ? value : null;

    private static string? String(JsonElement e, string name) => Field(e, name, JsonValueKind.String)?.GetString();

    private static int? Int(JsonElement e, string name) =>
        Field(e, name, JsonValueKind.Number) is { } value && value.TryGetInt32(out var number) ? number : null;

    private static decimal? Decimal(JsonElement e, string name) =>
        Field(e, name, JsonValueKind.Number) is { } value && value.TryGetDecimal(out var number) ? number : null;

    private static bool? Bool(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : null;

    private static List<string>? Strings(JsonElement e, string name) =>
        Field(e, name, JsonValueKind.Array) is { } array && array.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String)
            ? array.EnumerateArray().Select(i => i.GetString()!).ToList()
            : null;
}
