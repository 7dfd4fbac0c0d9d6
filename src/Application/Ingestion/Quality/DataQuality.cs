using SpaceX.Domain.Launches;

namespace SpaceX.Application.Ingestion.Quality;

/// <summary>Data-quality findings a run reports without refusing anything.</summary>
public static class DataQuality
{
    private const int Listed = 5;

    /// <summary>Launches the database holds and the API was asked for, but no longer serves: kept, never deleted silently.</summary>
    /// <param name="missing">Their ids, in order.</param>
    public static string? Disappeared(IReadOnlyList<string> missing) =>
        missing.Count == 0
            ? null
            : $"{missing.Count} stored launch(es) are no longer served by the API (kept, marked removed): {List(missing)}";

    /// <summary>Launches that list payloads the API does not serve: stored, their total mass summing the payloads known.</summary>
    public static string? PayloadsNotServed(IReadOnlyList<UnstoredPayload> unstored) =>
        Affected(unstored.Where(p => !p.Quarantined).ToList(), "list payloads the API does not serve (stored; total payload mass of the known ones)");

    /// <summary>Launches whose payloads this run quarantined: their total mass uses those payloads as stored before, if ever.</summary>
    public static string? PayloadsQuarantined(IReadOnlyList<UnstoredPayload> unstored) =>
        Affected(unstored.Where(p => p.Quarantined).ToList(), "list payloads quarantined by this run (total payload mass of the payloads as stored before)");

    private static string? Affected(IReadOnlyList<UnstoredPayload> unstored, string what) =>
        unstored.Count == 0
            ? null
            : $"{unstored.Select(p => p.LaunchId).Distinct().Count()} launch(es) {what}: " +
              List(unstored.Select(p => $"{p.LaunchName} ({p.LaunchId}) lists {p.PayloadId}").ToList());

    /// <summary>Launches that wait, quarantined, for a launchpad or rocket this run quarantined: stored once it is fixed.</summary>
    /// <param name="awaited">Each reference ("launchpad ID") with the number of launches that wait for it.</param>
    public static string? AwaitingReferences(IReadOnlyDictionary<string, int> awaited) =>
        awaited.Count == 0
            ? null
            : $"launches wait, quarantined, for what this run quarantined, and load once it is fixed: " +
              List([.. awaited.OrderByDescending(a => a.Value).ThenBy(a => a.Key).Select(a => $"{a.Key} ({a.Value} launch(es))")]);

    /// <summary>Landing pads the launches' cores name that the API does not serve valid: the cores keep the id.</summary>
    public static string? UnknownLandpads(IReadOnlyCollection<string> ids) =>
        ids.Count == 0
            ? null
            : $"{ids.Count} landing pad(s) named by launches' cores are neither stored nor served valid (the cores keep the id; " +
              $"report landing-pads shows them as unknown): {List([.. ids])}";

    /// <summary>Landing pads whose own counters disagree with what their launches' cores say, seen as the pad was written.</summary>
    public static string? LandpadCounters(IReadOnlyList<LandpadCount> disagreements) =>
        disagreements.Count == 0
            ? null
            : "landing pad counters disagree with the launches' cores (report landing-pads shows both): " +
              List([.. disagreements.Select(d => $"{d.Name} says {d.PadAttempts} attempts / {d.PadSuccesses} successes, its launches {d.Attempts} / {d.Successes}")]);

    /// <summary>Launches the API still calls upcoming although their date has passed: its data is stale.</summary>
    public static string? UpcomingInThePast(IEnumerable<StaleUpcoming> launches)
    {
        var stale = launches.OrderBy(l => l.DateUtc).Select(l => $"{l.Name} ({l.DateUtc:yyyy-MM-dd})").ToList();
        return stale.Count == 0 ? null : $"{stale.Count} upcoming launch(es) are dated in the past: {List(stale)}";
    }

    private static string List(IReadOnlyList<string> items) =>
        string.Join(", ", items.Take(Listed)) + (items.Count > Listed ? $" and {items.Count - Listed} more" : "");
}
