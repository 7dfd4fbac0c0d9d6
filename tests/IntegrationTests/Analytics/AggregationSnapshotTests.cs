using SpaceX.Application.Aggregations.RecomputeAggregations;
using SpaceX.Application.Analytics.GetReport;
using SpaceX.Domain;
using SpaceX.Domain.Aggregations;
using SpaceX.IntegrationTests.Support;
using static SpaceX.IntegrationTests.Support.SnapshotFigures;

namespace SpaceX.IntegrationTests.Analytics;

public sealed class AggregationSnapshotTests() : PipelineTests(loadRealSnapshot: false)
{
    [Fact]
    public async Task InitialLoad_WritesASnapshotThatMatchesTheJson()
    {
        var report = await Pipeline.IngestAsync();

        var snapshot = await LatestAsync(Pipeline);

        var flown = Launches.Where(l => !l.Upcoming).ToList();
        var delays = Launches.Select(Delay).OfType<decimal>().ToList();
        Assert.Equal(SnapshotType.Initial, snapshot.SnapshotType);
        Assert.Equal(report.RunId, snapshot.RunId);
        Assert.Equal(Expected(), Figures(snapshot));
        // Starlink 3-1 flew; its outcome was never recorded
        Assert.Equal(1, snapshot.TotalLaunches - snapshot.SuccessfulLaunches - snapshot.FailedLaunches - snapshot.UpcomingLaunches);
        Assert.Equal(flown.Count(l => l.Success == true), snapshot.SuccessfulLaunches);
        Assert.Equal(Round(delays.Max()), snapshot.MaxStaticFireDelayHours);
    }

    [Fact]
    public async Task Recompute_AppendsAManualSnapshot_WithTheSameFigures()
    {
        await Pipeline.IngestAsync();

        var manual = await Pipeline.SendAsync(new RecomputeAggregationsCommand());

        Assert.Equal(SnapshotType.Manual, manual.SnapshotType);
        Assert.Null(manual.RunId);
        Assert.Equal(Expected(), Figures(manual));
        Assert.Equal(2L, await Pipeline.Database.ScalarAsync<long>("SELECT count(*) FROM spacex.launch_aggregations"));
    }

    [Fact]
    public async Task Recompute_AfterASuccessChange_ShowsIt_UnlikeCounters()
    {
        await Pipeline.IngestAsync();
        await Pipeline.Database.ExecuteAsync("UPDATE spacex.launches SET success = false WHERE id = '5ed9819a1f30554030d45c29'");

        var manual = await Pipeline.SendAsync(new RecomputeAggregationsCommand());

        Assert.Equal(180, manual.SuccessfulLaunches);
        Assert.Equal(6, manual.FailedLaunches);
        Assert.Equal(Rate(180, 6), manual.SuccessRate);
    }

    /// <summary>The <c>snapshot</c> report's one row.</summary>
    public static async Task<AggregationSnapshot> LatestAsync(Pipeline pipeline)
    {
        var table = await pipeline.SendAsync(new GetReportQuery("snapshot"));
        Assert.Single(table.Rows);
        T Value<T>(string column) => (T)table.Value(0, column)!;
        return new AggregationSnapshot
        {
            ComputedAt = Value<DateTimeOffset>("computed_at"), SnapshotType = Notation.Parse<SnapshotType>(Value<string>("snapshot_type")),
            RunId = Value<Guid?>("run_id"), TotalLaunches = Value<int>("total_launches"), SuccessfulLaunches = Value<int>("successful_launches"),
            FailedLaunches = Value<int>("failed_launches"), UpcomingLaunches = Value<int>("upcoming_launches"),
            SuccessRate = Value<decimal?>("success_rate"), AvgPayloadMassKg = Value<decimal?>("avg_payload_mass_kg"),
            AvgStaticFireDelayHours = Value<decimal?>("avg_static_fire_delay_hours"),
            MaxStaticFireDelayHours = Value<decimal?>("max_static_fire_delay_hours"), EarliestLaunchUtc = Value<DateTimeOffset?>("earliest_launch_utc"),
            LatestLaunchUtc = Value<DateTimeOffset?>("latest_launch_utc"), LaunchSitesUsed = Value<int>("launch_sites_used"),
        };
    }

    public static object Figures(AggregationSnapshot s) => new
    {
        s.TotalLaunches, s.SuccessfulLaunches, s.FailedLaunches, s.UpcomingLaunches, s.SuccessRate, s.AvgPayloadMassKg,
        s.AvgStaticFireDelayHours, s.MaxStaticFireDelayHours, s.EarliestLaunchUtc, s.LatestLaunchUtc, s.LaunchSitesUsed,
    };

    private static object Expected()
    {
        var flown = Launches.Where(l => !l.Upcoming).ToList();
        var delays = Launches.Select(Delay).OfType<decimal>().ToList();
        return new
        {
            TotalLaunches = Launches.Count,
            SuccessfulLaunches = flown.Count(l => l.Success == true),
            FailedLaunches = flown.Count(l => l.Success == false),
            UpcomingLaunches = Launches.Count(l => l.Upcoming),
            SuccessRate = Rate(flown.Count(l => l.Success == true), flown.Count(l => l.Success == false)),
            AvgPayloadMassKg = (decimal?)Round(Launches.Where(l => l.Mass is not null).Average(l => l.Mass!.Value)),
            AvgStaticFireDelayHours = (decimal?)Round(delays.Average()),
            MaxStaticFireDelayHours = (decimal?)Round(delays.Max()),
            EarliestLaunchUtc = (DateTimeOffset?)flown.Min(l => l.Date),
            LatestLaunchUtc = (DateTimeOffset?)flown.Max(l => l.Date),
            LaunchSitesUsed = flown.Select(l => l.Launchpad).Distinct().Count(),
        };
    }
}
