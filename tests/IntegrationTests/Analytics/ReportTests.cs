using Mediator;
using SpaceX.Application.Analytics;
using SpaceX.Application.Analytics.GetLaunchPerformance;
using SpaceX.Application.Analytics.GetReport;
using SpaceX.Application.Analytics.Reports;
using SpaceX.IntegrationTests.Support;
using static SpaceX.IntegrationTests.Support.SnapshotFigures;

namespace SpaceX.IntegrationTests.Analytics;

/// <summary>Each report on the real snapshot equals figures derived from the JSON files without the pipeline.</summary>
public sealed class ReportTests(LoadedSnapshot loaded) : IClassFixture<LoadedSnapshot>
{
    [Fact]
    public async Task Performance_PerLaunchYear_MatchesTheJson()
    {
        var expected = Launches.GroupBy(l => l.Date.UtcDateTime.Year).OrderBy(g => g.Key).Select(g => new YearPerformance(
            g.Key, g.Count(), g.Count(l => !l.Upcoming && l.Success == true), g.Count(l => !l.Upcoming && l.Success == false),
            g.Count(l => l.Upcoming), Rate(g.Count(l => !l.Upcoming && l.Success == true), g.Count(l => !l.Upcoming && l.Success == false))));

        var rows = await loaded.SendAsync(new GetLaunchPerformanceQuery(YearRange.All));

        Assert.Equal(expected, rows);
    }

    [Fact]
    public async Task Performance_YearRange_KeepsThoseYearsOnly()
    {
        var rows = await loaded.SendAsync(new GetLaunchPerformanceQuery(new YearRange(2018, 2020)));

        Assert.Equal([2018, 2019, 2020], rows.Select(r => r.Year));
    }

    [Fact]
    public async Task TopPayloadMasses_HeaviestIsStarlink9_AndTheOrderMatchesTheJson()
    {
        var expected = Launches.Where(l => l.Mass is not null)
            .OrderByDescending(l => l.Mass).ThenBy(l => l.Date).ThenBy(l => l.Id, StringComparer.Ordinal).Take(10).ToList();

        var rows = await loaded.SendAsync(new GetReportQuery("payloads", Top: 10));

        Assert.Equal(("Starlink-9 (v1.0) & BlackSky Global 5-6", 15712m), (rows.Value(0, "name"), rows.Value(0, "total_payload_mass_kg")));
        Assert.Equal(expected.Select(l => (l.Id, l.Mass!.Value)), Column<string>(rows, "launch_id").Zip(Column<decimal>(rows, "total_payload_mass_kg")));
        Assert.Equal("KSC LC 39A", rows.Value(0, "launchpad"));
    }

    [Fact]
    public async Task StaticFireDelays_PerLaunchYear_MatchTheJson()
    {
        var expected = Launches.Where(l => Delay(l) is not null).GroupBy(l => l.Date.UtcDateTime.Year).OrderBy(g => g.Key)
            .Select(g => (g.Key, (long)g.Count(), Round(g.Average(l => Delay(l)!.Value)), Round(g.Max(l => Delay(l)!.Value))));

        var rows = await loaded.SendAsync(new GetReportQuery("static-fire"));

        Assert.Equal(expected, Enumerable.Range(0, rows.Rows.Count).Select(i => (
            (int)rows.Value(i, "year")!, (long)rows.Value(i, "launches_with_static_fire")!,
            (decimal)rows.Value(i, "avg_delay_hours")!, (decimal)rows.Value(i, "max_delay_hours")!)));
    }

    [Fact]
    public async Task StaticFireDelays_CountAStaticFireDatedAtTheLaunchTime()
    {
        // Amos-6 (2016) was destroyed during its static fire and FormoSat-5 (2017): the API dates both at the launch time.
        var rows = await loaded.SendAsync(new GetReportQuery("static-fire", From: "2016", To: "2017"));

        Assert.Equal([2016, 2017], Column<int>(rows, "year"));
        Assert.Equal([8L, 18L], Column<long>(rows, "launches_with_static_fire"));
        Assert.Equal(72.28m, rows.Value(0, "avg_delay_hours"));
    }

    [Fact]
    public async Task SiteUtilization_PerLaunchpad_MatchesTheJson()
    {
        var rows = await loaded.SendAsync(new GetReportQuery("sites"));

        for (var i = 0; i < rows.Rows.Count; i++)
        {
            var pad = Launches.Where(l => l.Launchpad == (string)rows.Value(i, "launchpad_id")!).ToList();
            var masses = pad.Where(l => l.Mass is not null).Select(l => l.Mass!.Value).ToList();
            Assert.Equal(
                ((long)pad.Count, (long)pad.Count(l => !l.Upcoming && l.Success == true), masses.Count == 0 ? (decimal?)null : Round(masses.Average())),
                ((long)rows.Value(i, "launches")!, (long)rows.Value(i, "successes")!, (decimal?)rows.Value(i, "avg_payload_mass_kg")));
        }

        Assert.Equal([112L, 58L, 30L, 5L, 0L, 0L], Column<long>(rows, "launches"));
        Assert.Equal("CCSFS SLC 40", rows.Value(0, "launchpad"));
    }

    [Fact]
    public async Task RocketPerformance_PerRocket_MatchesTheJson()
    {
        var expected = Rockets.Select(rocket =>
        {
            var launches = Launches.Where(l => l.Rocket == rocket.Key).ToList();
            var (successes, failures) = (launches.Count(l => !l.Upcoming && l.Success == true), launches.Count(l => !l.Upcoming && l.Success == false));
            return (rocket.Value, (long)launches.Count, (long)successes, (long)failures, (long)launches.Count(l => l.Upcoming), Rate(successes, failures));
        }).OrderByDescending(r => r.Item2).ThenBy(r => r.Value, StringComparer.Ordinal).ToList();

        var rows = await loaded.SendAsync(new GetReportQuery("rocket-performance"));

        Assert.Equal(expected, Enumerable.Range(0, rows.Rows.Count).Select(i => (
            (string)rows.Value(i, "rocket")!, (long)rows.Value(i, "launches")!, (long)rows.Value(i, "successes")!,
            (long)rows.Value(i, "failures")!, (long)rows.Value(i, "upcoming")!, (decimal?)rows.Value(i, "success_rate"))));
        Assert.Equal(("Falcon 9", 0L), ((string)rows.Value(0, "rocket")!, (long)rows.Value(rows.Rows.Count - 1, "launches")!));
    }

    private static IEnumerable<T> Column<T>(ReportTable table, string column) =>
        Enumerable.Range(0, table.Rows.Count).Select(i => (T)table.Value(i, column)!);
}

/// <summary>The real snapshot loaded once through the pipeline, shared by the report tests.</summary>
public sealed class LoadedSnapshot : IAsyncLifetime
{
    public Pipeline Pipeline { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Pipeline = await Pipeline.StartAsync();
        await Pipeline.IngestAsync();
    }

    public async Task DisposeAsync() => await Pipeline.DisposeAsync();

    public Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query) => Pipeline.SendAsync(query);
}
