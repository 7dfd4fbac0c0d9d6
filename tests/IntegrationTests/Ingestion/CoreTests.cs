using System.Text.Json.Nodes;
using SpaceX.Application.Analytics.GetReport;
using SpaceX.Domain.Ingestion;
using SpaceX.Infrastructure.Persistence.Migrations;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Ingestion;

/// <summary>Each launch's cores and the landing pads: stored typed, kept as fresh as the launches, refused in words.</summary>
public sealed class CoreTests() : PipelineTests(loadRealSnapshot: true)
{
    private const string Crew5 = "62dd70d5202306255024d139"; // the newest flown launch, inside the look-back window
    private const string FalconHeavyTest = "5eb87d13ffd86e000604b360"; // three cores
    private const string Jrti = "5e9e3033383ecbb9e534e7cc";

    [Fact]
    public async Task ALandingOutcomeCorrectedInTheApi_IsPickedUpByTheNextIncrementalRun()
    {
        await Pipeline.IngestAsync(); // the glance is taken from here on
        Pipeline.Snapshot.Edit("launches", Crew5, l => l["cores"]![0]!["landing_success"] = false);

        var report = await Pipeline.IngestAsync();

        Assert.Equal(IngestionMode.Incremental, report.Mode);
        Assert.False(await Pipeline.Database.ScalarAsync<bool>($"SELECT landing_success FROM spacex.launch_cores WHERE launch_id = '{Crew5}'"));
        Assert.Equal(1, (await Pipeline.IngestAsync()).HttpRequests); // and nothing more to fetch after
    }

    [Fact]
    public async Task ALandingPadChangedInTheApi_IsPickedUpByTheNextIncrementalRun_ThenOneRequestAgain()
    {
        await Pipeline.IngestAsync();
        Pipeline.Snapshot.Edit("landpads", Jrti, p => p["status"] = "retired");

        var changed = await Pipeline.IngestAsync();
        var after = await Pipeline.IngestAsync();

        Assert.Equal("retired", await Pipeline.Database.ScalarAsync<string>($"SELECT status FROM spacex.landpads WHERE id = '{Jrti}'"));
        Assert.Equal(IngestionMode.Incremental, changed.Mode);
        Assert.Equal(1, after.HttpRequests);
    }

    [Fact]
    public async Task ALaunchServedWithFewerCores_HasItsCoresReplaced()
    {
        await Pipeline.IngestAsync();
        Pipeline.Snapshot.Edit("launches", FalconHeavyTest, l => l["cores"] = new JsonArray(l["cores"]![0]!.DeepClone()));

        await Pipeline.IngestAsync(new(FullRefresh: true));

        Assert.Equal(1L, await Pipeline.Database.ScalarAsync<long>($"SELECT count(*) FROM spacex.launch_cores WHERE launch_id = '{FalconHeavyTest}'"));
    }

    [Fact]
    public async Task ABadCoreValue_QuarantinesItsLaunch_NamingTheCore_AndKeepsItsCoresAsStored()
    {
        Pipeline.Snapshot.Edit("launches", FalconHeavyTest, l => l["cores"]![1]!["landing_success"] = "yes");

        var report = await Pipeline.IngestAsync(new(FullRefresh: true));

        Assert.Equal(["cores[1].landing_success: expected true or false, got the string \"yes\""], report.Quarantined.Single(q => q.RecordId == FalconHeavyTest).Reasons);
        Assert.Equal(
            ["0|false", "1|true", "2|true"],
            await Pipeline.Database.RowsAsync($"SELECT position || '|' || landing_success FROM spacex.launch_cores WHERE launch_id = '{FalconHeavyTest}' ORDER BY position"));
    }

    [Fact]
    public async Task ACoreOnALandingPadNobodyServes_IsStoredWithItsId_TheRunWarns_AndTheReportShowsItUnknown()
    {
        const string nowhere = "0123456789abcdef01234567";
        Pipeline.Snapshot.Edit("launches", Crew5, l => l["cores"]![0]!["landpad"] = nowhere);

        var report = await Pipeline.IngestAsync(new(FullRefresh: true));
        var pads = await Pipeline.SendAsync(new GetReportQuery("landing-pads"));

        Assert.Empty(report.Quarantined);
        Assert.Single(report.Warnings, w => w.Contains($"are neither stored nor served valid (the cores keep the id; report landing-pads shows them as unknown): {nowhere}", StringComparison.Ordinal));
        Assert.Equal(nowhere, await Pipeline.Database.ScalarAsync<string>($"SELECT landpad_id FROM spacex.launch_cores WHERE launch_id = '{Crew5}'"));
        var unknown = Enumerable.Range(0, pads.Rows.Count).Single(i => (string)pads.Value(i, "landpad_id")! == nowhere);
        Assert.Equal(("unknown", 1L), ((string)pads.Value(unknown, "landpad")!, (long)pads.Value(unknown, "attempts")!));
    }

    [Fact]
    public async Task TheMigrationsBackfill_GivesAStoredDatabaseTheCoresTheRunsWrite()
    {
        var written = await CoreRowsAsync();
        await Pipeline.Database.ExecuteAsync("DELETE FROM spacex.launch_cores");

        await Pipeline.Database.ExecuteAsync(LandpadsAndLaunchCores.BackfillCoresSql);

        Assert.Equal(215, written.Count);
        Assert.Equal(written, await CoreRowsAsync());
    }

    private Task<List<string>> CoreRowsAsync() => Pipeline.Database.RowsAsync(
        "SELECT concat_ws('|', launch_id, position, core_id, flight, reused, gridfins, legs, landing_attempt, landing_success, landing_type, landpad_id) " +
        "FROM spacex.launch_cores ORDER BY launch_id, position");
}
