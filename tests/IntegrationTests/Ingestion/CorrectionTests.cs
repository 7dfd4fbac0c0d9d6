using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Ingestion;

public sealed class CorrectionTests() : PipelineTests(loadRealSnapshot: true)
{
    private const string Starlink435 = "63161339ffc78f3b8567070c"; // 2022-09-24: inside 30 days of the mark (Crew-5, 2022-10-05)
    private const string Cots1 = "5eb87cdeffd86e000604b330"; // 2010-12-08: long before it

    [Fact]
    public async Task CorrectedStaticFire_InsideTheLookback_IsAnUpdateWithANewRawVersion()
    {
        Pipeline.Snapshot.Edit("launches", Starlink435, l => l["static_fire_date_utc"] = "2022-09-20T10:00:00.000Z");

        var report = await Pipeline.IngestAsync();

        Assert.Equal(1, report.Counts.Updated);
        Assert.Equal(1, report.Counts.RawVersionsAdded);
        Assert.Equal(new DateTimeOffset(2022, 9, 20, 10, 0, 0, TimeSpan.Zero), await StaticFireAsync(Starlink435));
        Assert.Equal(2L, await RawVersionsAsync(Starlink435));
    }

    [Fact]
    public async Task CorrectedStaticFire_BeforeTheLookback_IsPickedUpByFullRefreshOnly()
    {
        Pipeline.Snapshot.Edit("launches", Cots1, l => l["static_fire_date_utc"] = "2010-12-05T00:00:00.000Z");

        var incremental = await Pipeline.IngestAsync();
        var stale = await StaticFireAsync(Cots1);
        var refresh = await Pipeline.IngestAsync(new RunIncrementalIngestionCommand(FullRefresh: true));

        Assert.Equal(0, incremental.Counts.Updated);
        Assert.Equal(new DateTimeOffset(2010, 12, 4, 0, 0, 0, TimeSpan.Zero), stale);
        Assert.Equal(1, refresh.Counts.Updated);
        Assert.Equal(204, refresh.Counts.Unchanged);
        Assert.Equal(new DateTimeOffset(2010, 12, 5, 0, 0, 0, TimeSpan.Zero), await StaticFireAsync(Cots1));
        Assert.Equal(2L, await RawVersionsAsync(Cots1));
    }

    [Fact]
    public async Task CorrectedPayloadMass_UpdatesTheLaunchTotal_WithoutANewRawLaunchVersion()
    {
        // Starlink 4-35's only payload: the launch's JSON is unchanged, its total mass is not.
        var payloadId = await Pipeline.Database.ScalarAsync<string>($"SELECT payload_ids[1] FROM spacex.launches WHERE id = '{Starlink435}'");
        Pipeline.Snapshot.Edit("payloads", payloadId!, p => p["mass_kg"] = 16000);

        var report = await Pipeline.IngestAsync();

        Assert.Equal(1, report.Counts.Updated);
        Assert.Equal(0, report.Counts.RawVersionsAdded);
        Assert.Equal(16000m, await Pipeline.Database.ScalarAsync<decimal>($"SELECT total_payload_mass_kg FROM spacex.launches WHERE id = '{Starlink435}'"));
    }

    private Task<DateTimeOffset> StaticFireAsync(string id) =>
        Pipeline.Database.ScalarAsync<DateTimeOffset>($"SELECT static_fire_date_utc FROM spacex.launches WHERE id = '{id}'");

    private Task<long> RawVersionsAsync(string id) =>
        Pipeline.Database.ScalarAsync<long>($"SELECT count(*) FROM spacex.raw_launches WHERE launch_id = '{id}'");
}
