using SpaceX.Application.Analytics.GetReport;
using SpaceX.Application.Analytics.Reports;
using SpaceX.IntegrationTests.Support;
using static SpaceX.IntegrationTests.Support.SnapshotFigures;

namespace SpaceX.IntegrationTests.Analytics;

/// <summary>The landing and reuse reports on the real snapshot, against figures computed from the JSON files in the test.</summary>
public sealed class LandingReportTests(LoadedSnapshot loaded) : IClassFixture<LoadedSnapshot>
{
    private static IEnumerable<(Launch Launch, Core Core)> FlownCores =>
        Launches.Where(l => !l.Upcoming).SelectMany(l => l.Cores.Select(c => (l, c)));

    [Fact]
    public async Task Landings_PerLaunchYear_MatchTheJson()
    {
        var expected = FlownCores.GroupBy(x => x.Launch.Date.UtcDateTime.Year).OrderBy(g => g.Key).Select(g =>
        {
            var tried = g.Select(x => x.Core).Where(c => c.LandingAttempt == true).ToList();
            var (landed, lost) = (tried.Count(c => c.LandingSuccess == true), tried.Count(c => c.LandingSuccess == false));
            long Of(string type, bool onlyLanded) => tried.Count(c => c.LandingType == type && (!onlyLanded || c.LandingSuccess == true));
            return string.Join("|", g.Key, tried.Count, landed, lost, tried.Count(c => c.LandingSuccess is null), Percent(Rate(landed, lost)),
                Of("ASDS", false), Of("ASDS", true), Of("RTLS", false), Of("RTLS", true), Of("Ocean", false), Of("Ocean", true));
        });

        var rows = await loaded.SendAsync(new GetReportQuery("landings"));

        Assert.Equal(expected, Lines(rows));
    }

    [Fact]
    public async Task LandingPads_CountFromTheCores_AndShowThePadsOwnCountersBeside()
    {
        var expected = FlownCores.Where(x => x.Core.Landpad is not null).GroupBy(x => x.Core.Landpad!).Select(g =>
        {
            var tried = g.Where(x => x.Core.LandingAttempt == true).ToList();
            var landed = tried.Where(x => x.Core.LandingSuccess == true).ToList();
            return (Name: Landpads[g.Key], Attempts: (long)tried.Count, Successes: (long)landed.Count,
                Rate: Percent(Rate(landed.Count, tried.Count(x => x.Core.LandingSuccess == false))),
                First: landed.Min(x => (DateTimeOffset?)x.Launch.Date), Last: landed.Max(x => (DateTimeOffset?)x.Launch.Date));
        }).OrderByDescending(p => p.Attempts).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();

        var rows = await loaded.SendAsync(new GetReportQuery("landing-pads"));

        Assert.Equal(
            expected.Select(p => $"{p.Name}|{p.Attempts}|{p.Successes}|{p.Rate}|{p.First:O}|{p.Last:O}"),
            Enumerable.Range(0, rows.Rows.Count).Select(i =>
                $"{rows.Value(i, "landpad")}|{rows.Value(i, "attempts")}|{rows.Value(i, "successes")}|{Percent((decimal?)rows.Value(i, "success_rate"))}|" +
                $"{(DateTimeOffset?)rows.Value(i, "first_landing"):O}|{(DateTimeOffset?)rows.Value(i, "last_landing"):O}"));
        var ocisly = Enumerable.Range(0, rows.Rows.Count).Single(i => (string)rows.Value(i, "landpad")! == "OCISLY");
        Assert.Equal((64L, 55L, 61, 54), ((long)rows.Value(ocisly, "attempts")!, (long)rows.Value(ocisly, "successes")!,
            (int)rows.Value(ocisly, "pad_landing_attempts")!, (int)rows.Value(ocisly, "pad_landing_successes")!));
    }

    [Fact]
    public async Task BoosterReuse_PerLaunchYear_MatchesTheJson()
    {
        var expected = FlownCores.GroupBy(x => x.Launch.Date.UtcDateTime.Year).OrderBy(g => g.Key).Select(g =>
        {
            var (flown, reused) = (g.Count(), g.Count(x => x.Core.Reused == true));
            return string.Join("|", g.Key, flown, reused, Percent(Round(100m * reused / flown)),
                g.Max(x => x.Core.Flight));
        });

        var rows = await loaded.SendAsync(new GetReportQuery("booster-reuse"));

        Assert.Equal(expected, Lines(rows));
    }

    /// <summary>A percentage as the reports store it: 2 decimals.</summary>
    private static string? Percent(decimal? value) => value?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A report's rows, each as its values joined by '|' (decimals as stored: 100.00).</summary>
    private static IEnumerable<string> Lines(ReportTable table) =>
        table.Rows.Select(row => string.Join("|", row.Select(v => v is IFormattable f ? f.ToString(null, System.Globalization.CultureInfo.InvariantCulture) : v)));
}
