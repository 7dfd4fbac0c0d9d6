using System.Globalization;
using System.Text.Json;

namespace SpaceX.IntegrationTests.Support;

/// <summary>
/// Figures computed straight from the bundled JSON files by the tests, with none of the pipeline's code or SQL,
/// to check the reports and snapshots against.
/// </summary>
public static class SnapshotFigures
{
    public sealed record Launch(
        string Id, string Name, DateTimeOffset Date, bool Upcoming, bool? Success, DateTimeOffset? StaticFire, string Launchpad, string Rocket,
        decimal? Mass, IReadOnlyList<Core> Cores);

    public sealed record Core(int? Flight, bool? Reused, bool? LandingAttempt, bool? LandingSuccess, string? LandingType, string? Landpad);

    public static readonly IReadOnlyList<Launch> Launches = Read();

    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    public static decimal? Rate(int successes, int failures) => successes + failures == 0 ? null : Round(100m * successes / (successes + failures));

    /// <summary>Delay in hours where the static fire came at or before a launch that flew.</summary>
    public static decimal? Delay(Launch l) =>
        !l.Upcoming && l.StaticFire is { } fire && fire <= l.Date ? (decimal)(l.Date - fire).TotalSeconds / 3600m : null;

    /// <summary>Each rocket's name by its id.</summary>
    public static readonly IReadOnlyDictionary<string, string> Rockets = ReadNames("rockets.json");

    /// <summary>Each landing pad's name by its id.</summary>
    public static readonly IReadOnlyDictionary<string, string> Landpads = ReadNames("landpads.json");

    private static Dictionary<string, string> ReadNames(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "spacex-api", file)));
        return json.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("name").GetString()!);
    }

    private static int? Number(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Number ? e.GetProperty(name).GetInt32() : null;

    private static bool? Flag(JsonElement e, string name) => e.GetProperty(name).ValueKind is JsonValueKind.True or JsonValueKind.False ? e.GetProperty(name).GetBoolean() : null;

    private static string? Text(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.String ? e.GetProperty(name).GetString() : null;

    private static List<Launch> Read()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "spacex-api");
        using var payloadsJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "payloads.json")));
        var masses = payloadsJson.RootElement.EnumerateArray().ToDictionary(
            p => p.GetProperty("id").GetString()!,
            p => p.GetProperty("mass_kg").ValueKind == JsonValueKind.Number ? p.GetProperty("mass_kg").GetDecimal() : (decimal?)null);
        using var launchesJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "launches.json")));
        return launchesJson.RootElement.EnumerateArray().Select(l =>
        {
            var known = l.GetProperty("payloads").EnumerateArray().Select(p => masses[p.GetString()!]).Where(m => m is not null).ToList();
            return new Launch(
                l.GetProperty("id").GetString()!,
                l.GetProperty("name").GetString()!,
                DateTimeOffset.Parse(l.GetProperty("date_utc").GetString()!, CultureInfo.InvariantCulture),
                l.GetProperty("upcoming").GetBoolean(),
                l.GetProperty("success").ValueKind == JsonValueKind.Null ? null : l.GetProperty("success").GetBoolean(),
                l.GetProperty("static_fire_date_utc").ValueKind == JsonValueKind.Null
                    ? null
                    : DateTimeOffset.Parse(l.GetProperty("static_fire_date_utc").GetString()!, CultureInfo.InvariantCulture),
                l.GetProperty("launchpad").GetString()!,
                l.GetProperty("rocket").GetString()!,
                known.Count == 0 ? null : known.Sum(),
                [.. l.GetProperty("cores").EnumerateArray().Select(c => new Core(
                    Number(c, "flight"), Flag(c, "reused"), Flag(c, "landing_attempt"), Flag(c, "landing_success"), Text(c, "landing_type"), Text(c, "landpad")))]);
        }).ToList();
    }
}
