using System.Globalization;
using System.Text.Json;
using SpaceX.Domain.Launches;

namespace SpaceX.UnitTests.Support;

/// <summary>
/// The bundled real snapshot, read with System.Text.Json by the tests themselves, independently of the
/// pipeline's own adapter, so that domain rules are checked against the data's real quirks.
/// </summary>
public static class Snapshot
{
    private static readonly Lazy<IReadOnlyList<Launch>> LaunchesLazy = new(ReadLaunches);

    public static IReadOnlyList<Launch> Launches => LaunchesLazy.Value;

    public static JsonElement[] Read(string file) =>
        JsonSerializer.Deserialize<JsonElement[]>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "spacex-api", file)))!;

    private static IReadOnlyList<Launch> ReadLaunches()
    {
        return Read("launches.json").Select(l =>
            SpaceX.Domain.Launches.Launch.Create(
                l.GetProperty("id").GetString()!,
                l.GetProperty("flight_number").GetInt32(),
                l.GetProperty("name").GetString()!,
                Date(l.GetProperty("date_utc"))!.Value,
                l.GetProperty("date_precision").GetString()!,
                l.GetProperty("upcoming").GetBoolean(),
                l.GetProperty("success").ValueKind == JsonValueKind.Null ? null : l.GetProperty("success").GetBoolean(),
                Date(l.GetProperty("static_fire_date_utc")),
                l.GetProperty("launchpad").GetString()!,
                l.GetProperty("rocket").GetString()!,
                l.GetProperty("payloads").EnumerateArray().Select(p => p.GetString()!).ToList(),
                [])).ToList();
    }

    private static DateTimeOffset? Date(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture);
}
