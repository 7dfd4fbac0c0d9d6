using static SpaceX.Application.Analytics.Reports.ChartKind;
using static SpaceX.Application.Analytics.Reports.Tone;

namespace SpaceX.Application.Analytics.Reports;

/// <summary>
/// Every report, in the order the help and the dashboard show them. The CLI's <c>report</c>, <c>serve</c>'s
/// <c>/api/reports/{name}</c>, the views, the dashboard, the tests and the bench all take their list from here: a new
/// report is its SQL file, one entry here and its test.
/// </summary>
public static class ReportCatalog
{
    public static readonly IReadOnlyList<Report> All =
    [
        new("performance", "launch_performance", "Launch performance by year", ReportFilter.Years, "year",
            new(StackedBars, "year", [
                new("successes", "successes", Good), new("failures", "failures", Bad), new("upcoming", "upcoming", Muted),
                new("success_rate", "success rate %", Main, Line: true, Percent: true)], Axis: "launches", Wide: true)),
        new("payloads", "top_payload_masses", "Heaviest payloads", ReportFilter.Top, "total_payload_mass_kg DESC, date_utc, launch_id",
            new(HorizontalBars, "name", [new("total_payload_mass_kg", "total payload mass (kg)", Main)], Top: 10)),
        new("static-fire", "static_fire_delays", "Static-fire delay by year", ReportFilter.Years, "year",
            new(Bars, "year", [
                new("avg_delay_hours", "average delay (h)", Main), new("max_delay_hours", "longest delay (h)", Other, Line: true)], Axis: "hours")),
        new("sites", "launch_site_utilization", "Launch-site utilisation", ReportFilter.None, "launches DESC, launchpad",
            new(Bars, "launchpad", [new("launches", "launches", Main), new("successes", "successes", Good)])),
        new("rocket-performance", "rocket_performance", "Launch performance by rocket", ReportFilter.None, "launches DESC, rocket",
            new(StackedBars, "rocket", [
                new("successes", "successes", Good), new("failures", "failures", Bad), new("upcoming", "upcoming", Muted),
                new("success_rate", "success rate %", Main, Line: true, Percent: true)], Axis: "launches")),
        new("landings", "landings", "First-stage landings by year", ReportFilter.Years, "year",
            new(StackedBars, "year", [
                new("successes", "landed", Good), new("failures", "lost", Bad), new("unknown_outcome", "outcome unknown", Muted),
                new("success_rate", "success rate %", Main, Line: true, Percent: true)], Axis: "landing attempts")),
        new("landing-pads", "landing_pads", "Landings by pad", ReportFilter.None, "attempts DESC, landpad",
            new(Bars, "landpad", [new("attempts", "attempts", Main), new("successes", "landed", Good)])),
        new("booster-reuse", "booster_reuse", "Booster reuse by year", ReportFilter.Years, "year",
            new(Bars, "year", [
                new("first_stages", "first stages flown", Main), new("reused", "reused", Good),
                new("reused_share", "reused %", Other, Line: true, Percent: true)], Axis: "first stages")),
        new("snapshot", "latest_aggregation", "The latest aggregation snapshot", ReportFilter.None, "computed_at", OneRow: true),
        new("trend", "aggregation_trend", "Aggregation trend", ReportFilter.Period, "computed_at",
            new(Lines, "computed_at", [
                new("total_launches", "launches", Main), new("successful_launches", "successes", Good),
                new("failed_launches", "failures", Bad), new("upcoming_launches", "upcoming", Muted)])),
    ];

    public static IReadOnlyList<string> Names { get; } = All.Select(r => r.Name).ToList();

    public static Report? Find(string name) => All.FirstOrDefault(r => r.Name == name);

    /// <summary>The reports that take <paramref name="filter"/>, as a list in words ("performance and static-fire").</summary>
    public static string Taking(ReportFilter filter) =>
        All.Where(r => r.Filter == filter).Select(r => r.Name).ToList() is var names && names.Count > 1
            ? $"{string.Join(", ", names.SkipLast(1))} and {names[^1]}"
            : string.Join("", names);
}
