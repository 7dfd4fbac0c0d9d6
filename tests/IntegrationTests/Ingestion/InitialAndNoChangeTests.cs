using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.Domain.Ingestion;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Ingestion;

public sealed class InitialAndNoChangeTests() : PipelineTests(loadRealSnapshot: false)
{
    [Fact]
    public async Task InitialLoad_RealSnapshot_StoresEverythingInAtMostFiveRequests()
    {
        var report = await Pipeline.IngestAsync();

        Assert.Equal(IngestionMode.Initial, report.Mode);
        Assert.Equal(RunStatus.Succeeded, report.Status);
        Assert.Equal(new RunCounts(205, 205, 0, 0, 0, 205), report.Counts);
        Assert.InRange(Pipeline.Replay.RequestCount, 1, 5);
        Assert.Equal(Pipeline.Replay.RequestCount, report.HttpRequests);
        Assert.Equal(205L, await Count("launches"));
        Assert.Equal(225L, await Count("payloads"));
        Assert.Equal(6L, await Count("launchpads"));
        Assert.Equal(4L, await Count("rockets"));
        Assert.Equal(7L, await Count("landpads"));
        Assert.Equal(215L, await Count("launch_cores")); // 200 launches with one core, 5 Falcon Heavy with three
        Assert.Equal(205L, await Count("raw_launches"));
        Assert.Equal(new DateTimeOffset(2022, 10, 5, 16, 0, 0, TimeSpan.Zero), report.HighWaterMark);
        Assert.Equal(15712m, await Pipeline.Database.ScalarAsync<decimal>(
            "SELECT total_payload_mass_kg FROM spacex.launches WHERE id = '5ed9819a1f30554030d45c29'"));
        Assert.Equal(39L, await Pipeline.Database.ScalarAsync<long>("SELECT count(*) FROM spacex.launches WHERE total_payload_mass_kg IS NULL"));
        Assert.Equal("initial 1", await Pipeline.Database.ScalarAsync<string>(
            "SELECT snapshot_type || ' ' || count(*) FROM spacex.launch_aggregations GROUP BY snapshot_type"));
        Assert.Equal("succeeded", await Pipeline.Database.ScalarAsync<string>("SELECT status FROM spacex.ingestion_runs"));
    }

    [Fact]
    public async Task InitialLoad_TotalPayloadMass_SumsTheKnownMasses_NullWhenNoneIsKnown()
    {
        await Pipeline.IngestAsync();

        Assert.Equal(MassesOf(SnapshotFigures.Launches), await StoredMassesAsync());
        // Starlink-26 (v1.0) + Capella-6 + Tyvak-0130: 13520 kg, 112 kg and one unknown.
        Assert.Equal(13632m, await Pipeline.Database.ScalarAsync<decimal>(
            "SELECT total_payload_mass_kg FROM spacex.launches WHERE id = '605b4b95aa5433645e37d041'"));
        Assert.Equal(0L, await Pipeline.Database.ScalarAsync<long>("SELECT count(*) FROM spacex.launches WHERE total_payload_mass_kg = 0"));
    }

    [Fact]
    public async Task BackfillIntoAnEmptyDatabase_TotalPayloadMass_IsSummedAlthoughThePayloadsComeAfterTheLaunches()
    {
        await Pipeline.IngestAsync(new RunIncrementalIngestionCommand(
            From: new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero), To: new DateTimeOffset(2021, 12, 31, 0, 0, 0, TimeSpan.Zero)));

        var launches = SnapshotFigures.Launches.Where(l => l.Date.Year == 2021).ToList();
        Assert.Contains(launches, l => l.Mass is not null);
        Assert.Equal(MassesOf(launches), await StoredMassesAsync());
    }

    [Theory]
    [InlineData(1)] // the first incremental run: the glance is compared with the launches as the first load stored them
    [InlineData(2)] // every run after: compared with what the last glance saw
    public async Task NoChangeRun_AfterTheFirstLoad_WritesNothing_AndCostsOneRequest(int run)
    {
        await Pipeline.IngestAsync();
        for (var earlier = 1; earlier < run; earlier++)
        {
            await Pipeline.IngestAsync();
        }

        var before = await Pipeline.DataFingerprintAsync();
        var requestsBefore = Pipeline.Replay.RequestCount;

        var report = await Pipeline.IngestAsync();

        Assert.Equal(IngestionMode.Incremental, report.Mode);
        Assert.Equal(0, report.Counts.Inserted);
        Assert.Equal(0, report.Counts.Updated);
        Assert.Equal(0, report.Counts.RawVersionsAdded);
        Assert.Equal(22, report.Counts.Fetched);
        Assert.Equal(report.Counts.Fetched, report.Counts.Unchanged);
        Assert.Equal(1, Pipeline.Replay.RequestCount - requestsBefore);
        Assert.Equal(report.HttpRequests, Pipeline.Replay.RequestCount - requestsBefore);
        Assert.Equal(before, await Pipeline.DataFingerprintAsync()); // not even an aggregation snapshot
        Assert.Contains(report.Warnings, w => w.StartsWith("18 upcoming launch(es) are dated in the past", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Requests_FirstLoadFive_ThenOne_AndAChangeInTheWindowToALaunchOrAReferenceIsStillFound()
    {
        var crew5 = "62dd70d5202306255024d139";
        var jrti = "5e9e3033383ecbb9e534e7cc"; // where Crew-5's booster landed

        var first = await Pipeline.IngestAsync();
        var second = await Pipeline.IngestAsync();
        Pipeline.Snapshot.Edit("launches", crew5, l => l["name"] = "Crew-5 renamed");
        var launchChanged = await Pipeline.IngestAsync();
        Pipeline.Snapshot.Edit("landpads", jrti, p => p["full_name"] = "Just Read the Instructions, renamed");
        var landpadChanged = await Pipeline.IngestAsync();
        var after = await Pipeline.IngestAsync();

        // launches, payloads, launchpads, rockets, landing pads; then one glance
        Assert.Equal([5, 1, 6, 6, 1], new[] { first, second, launchChanged, landpadChanged, after }.Select(r => r.HttpRequests));
        Assert.Equal((0, 1), (second.Counts.Updated, launchChanged.Counts.Updated));
        Assert.Equal("Crew-5 renamed", await Pipeline.Database.ScalarAsync<string>($"SELECT name FROM spacex.launches WHERE id = '{crew5}'"));
        Assert.Equal("Just Read the Instructions, renamed", await Pipeline.Database.ScalarAsync<string>($"SELECT full_name FROM spacex.landpads WHERE id = '{jrti}'"));
    }

    [Fact]
    public async Task OnceObserved_APayloadCorrectedInTheApi_IsPickedUpByTheNextRun()
    {
        await Pipeline.IngestAsync();
        await Pipeline.IngestAsync(); // observes
        var crew5 = "62dd70d5202306255024d139";
        var payloadId = (await Pipeline.Database.ScalarAsync<string[]>($"SELECT payload_ids FROM spacex.launches WHERE id = '{crew5}'"))![0];
        Pipeline.Snapshot.Edit("payloads", payloadId, p => p["mass_kg"] = 12345);

        var report = await Pipeline.IngestAsync();

        Assert.Equal(12345m, await Pipeline.Database.ScalarAsync<decimal>($"SELECT mass_kg FROM spacex.payloads WHERE id = '{payloadId}'"));
        Assert.Equal(12345m, await Pipeline.Database.ScalarAsync<decimal>($"SELECT total_payload_mass_kg FROM spacex.launches WHERE id = '{crew5}'"));
        Assert.Equal(6, report.HttpRequests); // the glance saw the change, then the reference collections, the launches and their payloads
        var again = await Pipeline.IngestAsync();
        Assert.Equal(1, again.HttpRequests);
    }

    [Fact]
    public async Task DryRun_OnEmptyDatabase_ReportsTheInitialLoadAndWritesNothing()
    {
        var report = await Pipeline.IngestAsync(new RunIncrementalIngestionCommand(DryRun: true));

        Assert.True(report.DryRun);
        Assert.Equal(205, report.Counts.Inserted);
        Assert.Equal(0L, await Count("launches"));
        Assert.Equal(0L, await Count("ingestion_runs"));
        Assert.Equal(0L, await Count("launch_aggregations"));
    }

    [Fact]
    public async Task Backfill_FetchesOnlyTheRange()
    {
        var report = await Pipeline.IngestAsync(new RunIncrementalIngestionCommand(
            From: new DateTimeOffset(2010, 1, 1, 0, 0, 0, TimeSpan.Zero), To: new DateTimeOffset(2010, 12, 31, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal(IngestionMode.Backfill, report.Mode);
        Assert.Equal(2, report.Counts.Inserted); // Falcon 9 Test Flight and COTS 1
        Assert.Equal(2L, await Count("launches"));
        Assert.Equal(new DateTimeOffset(2010, 12, 8, 15, 43, 0, TimeSpan.Zero), report.HighWaterMark);
    }

    /// <summary>Each launch's total payload mass, "id=mass" (or "id=null"), ordered by id.</summary>
    private static string MassesOf(IEnumerable<SnapshotFigures.Launch> launches) =>
        string.Join(' ', launches.OrderBy(l => l.Id, StringComparer.Ordinal)
            .Select(l => $"{l.Id}={(l.Mass is { } mass ? mass.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "null")}"));

    private Task<string?> StoredMassesAsync() => Pipeline.Database.ScalarAsync<string>(
        "SELECT string_agg(id || '=' || coalesce(total_payload_mass_kg::text, 'null'), ' ' ORDER BY id) FROM spacex.launches");

    private Task<long> Count(string table) => Pipeline.Database.ScalarAsync<long>($"SELECT count(*) FROM spacex.{table}");
}
