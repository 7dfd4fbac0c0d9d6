using System.Globalization;
using System.Text.Json.Nodes;

namespace SpaceX.ApiReplay;

/// <summary>
/// The API as it looked at an earlier date: launches dated later are upcoming with no outcome (their cores' landings
/// included), and static fires dated later are not known yet. Landing pads' own counters are served as they are.
/// </summary>
public static class TimeTravel
{
    /// <summary>The API's stored date form; its range filters compare this text.</summary>
    public static string Format(DateTimeOffset date) =>
        date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The launch as the API served it then: the same object when nothing differs, else a changed copy.</summary>
    public static JsonObject AsOf(JsonObject launch, DateTimeOffset asOf)
    {
        var cutoff = Format(asOf);
        var laterStaticFire = IsAfter(launch["static_fire_date_utc"], cutoff);
        var later = IsAfter(launch["date_utc"], cutoff);
        if (!laterStaticFire && !later)
        {
            return launch;
        }

        launch = (JsonObject)launch.DeepClone();
        if (laterStaticFire)
        {
            launch["static_fire_date_utc"] = null;
            launch["static_fire_date_unix"] = null;
        }

        if (later)
        {
            launch["upcoming"] = true;
            launch["success"] = null;
            launch["failures"] = new JsonArray();
            foreach (var core in launch["cores"] as JsonArray ?? [])
            {
                if (core is JsonObject landing)
                {
                    landing["landing_success"] = null;
                }
            }
        }

        return launch;
    }

    private static bool IsAfter(JsonNode? date, string cutoff) =>
        date is JsonValue value && value.TryGetValue<string>(out var text) && string.CompareOrdinal(text, cutoff) > 0;
}
