using Mediator;
using SpaceX.Application.Analytics;
using SpaceX.Application.Analytics.GetLaunchPerformance;
using SpaceX.Application.Analytics.GetLaunchSiteUtilization;
using SpaceX.Application.Analytics.GetStaticFireDelays;
using SpaceX.Application.Analytics.GetTopPayloadMasses;
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

        var rows = await loaded.SendAsync(new GetTopPayloadMassesQuery(10));

        Assert.Equal(("Starlink-9 (v1.0) & BlackSky Global 5-6", 15712m), (rows[0].Name, rows[0].TotalPayloadMassKg));
        Assert.Equal(expected.Select(l => (l.Id, l.Mass!.Value)), rows.Select(r => (r.LaunchId, r.TotalPayloadMassKg)));
        Assert.Equal("KSC LC 39A", rows[0].Launchpad);
    }

    [Fact]
    public async Task StaticFireDelays_PerLaunchYear_MatchTheJson()
    {
        var expected = Launches.Where(l => Delay(l) is not null).GroupBy(l => l.Date.UtcDateTime.Year).OrderBy(g => g.Key)
            .Select(g => new YearStaticFireDelay(g.Key, g.Count(), Round(g.Average(l => Delay(l)!.Value)), Round(g.Max(l => Delay(l)!.Value))));

        var rows = await loaded.SendAsync(new GetStaticFireDelaysQuery(YearRange.All));

        Assert.Equal(expected, rows);
    }

    [Fact]
    public async Task StaticFireDelays_CountAStaticFireDatedAtTheLaunchTime()
    {
        // Amos-6 (2016) was destroyed during its static fire and FormoSat-5 (2017): the API dates both at the launch time.
        var rows = await loaded.SendAsync(new GetStaticFireDelaysQuery(new YearRange(2016, 2017)));

        Assert.Equal((2016, 8L, 72.28m), (rows[0].Year, rows[0].LaunchesWithStaticFire, rows[0].AvgDelayHours));
        Assert.Equal((2017, 18L), (rows[1].Year, rows[1].LaunchesWithStaticFire));
    }

    [Fact]
    public async Task SiteUtilization_PerLaunchpad_MatchesTheJson()
    {
        var rows = await loaded.SendAsync(new GetLaunchSiteUtilizationQuery());

        foreach (var row in rows)
        {
            var pad = Launches.Where(l => l.Launchpad == row.LaunchpadId).ToList();
            var masses = pad.Where(l => l.Mass is not null).Select(l => l.Mass!.Value).ToList();
            Assert.Equal(
                (pad.Count, pad.Count(l => !l.Upcoming && l.Success == true), masses.Count == 0 ? (decimal?)null : Round(masses.Average())),
                (row.Launches, row.Successes, row.AvgPayloadMassKg));
        }

        Assert.Equal([112L, 58L, 30L, 5L, 0L, 0L], rows.Select(r => r.Launches));
        Assert.Equal("CCSFS SLC 40", rows[0].Launchpad);
    }
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
