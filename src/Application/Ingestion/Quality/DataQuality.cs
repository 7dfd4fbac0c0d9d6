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
            : $"{missing.Count} stored launch(es) are no longer served by the API (kept, not deleted): {List(missing)}";

    /// <summary>Launches the API still calls upcoming although their date has passed: its data is stale.</summary>
    public static string? UpcomingInThePast(IEnumerable<Launch> launches, DateTimeOffset now)
    {
        var stale = launches.Where(l => l.Upcoming && l.DateUtc < now).OrderBy(l => l.DateUtc).Select(l => $"{l.Name} ({l.DateUtc:yyyy-MM-dd})").ToList();
        return stale.Count == 0 ? null : $"{stale.Count} upcoming launch(es) are dated in the past: {List(stale)}";
    }

    private static string List(IReadOnlyList<string> items) =>
        string.Join(", ", items.Take(Listed)) + (items.Count > Listed ? $" and {items.Count - Listed} more" : "");
}
