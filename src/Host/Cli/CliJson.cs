using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpaceX.Host.Cli;

/// <summary>How every verb writes JSON: snake_case names and enum values, indented.</summary>
public static class CliJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        WriteIndented = true,
    };
}
