using SpaceX.Application.Aggregations.RecomputeAggregations;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Analytics;

/// <summary>The snapshot time series is the data's history: a snapshot where the data changed, none where it did not.</summary>
public sealed class SnapshotSeriesTests() : PipelineTests(loadRealSnapshot: false)
{
    private const string Series = "SELECT coalesce(string_agg(snapshot_type, ' ' ORDER BY id), '') FROM spacex.launch_aggregations";

    [Fact]
    public async Task EachKindOfRun_WritesASnapshotOfItsType_OnlyWhenItChangedTheData()
    {
        await Pipeline.IngestAsync();
        await Pipeline.IngestAsync(); // nothing changed
        Pipeline.Snapshot.Edit("launches", "62dd70d5202306255024d139", l => l["name"] = "Crew-5 renamed");
        await Pipeline.IngestAsync();
        await Pipeline.IngestAsync(new RunIncrementalIngestionCommand(FullRefresh: true)); // nothing changed
        Pipeline.Snapshot.Edit("launches", "5eb87cd9ffd86e000604b32a", l => l["details"] = "corrected");
        await Pipeline.IngestAsync(new RunIncrementalIngestionCommand(FullRefresh: true));
        var fromDate = DateTimeOffset.Parse("2006-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        await Pipeline.IngestAsync(new RunIncrementalIngestionCommand(From: fromDate, To: fromDate.AddYears(2))); // nothing changed
        Pipeline.Snapshot.Edit("launches", "5eb87cd9ffd86e000604b32a", l => l["details"] = "corrected again");
        await Pipeline.IngestAsync(new RunIncrementalIngestionCommand(From: fromDate, To: fromDate.AddYears(2)));
        await Pipeline.SendAsync(new RecomputeAggregationsCommand());

        Assert.Equal("initial incremental full_refresh backfill manual", await Pipeline.Database.ScalarAsync<string>(Series));
        Assert.Equal(7L, await Pipeline.Database.ScalarAsync<long>("SELECT count(*) FROM spacex.ingestion_runs WHERE status IN ('succeeded', 'succeeded_with_warnings')"));
        await Invariants.AssertHoldAsync(Pipeline.Database, asOf: null, previousMark: null);
    }

    [Fact]
    public async Task ANewlyQuarantinedLaunch_WritesASnapshot_TheSameOneQuarantinedAgainDoesNot()
    {
        await Pipeline.IngestAsync();
        Pipeline.Snapshot.Edit("launches", "62dd70d5202306255024d139", l => l["success"] = "false");
        var first = await Pipeline.IngestAsync();
        var again = await Pipeline.IngestAsync();

        Assert.Equal(1, first.Counts.Quarantined);
        Assert.Equal(1, again.Counts.Quarantined);
        Assert.Equal("initial incremental", await Pipeline.Database.ScalarAsync<string>(Series));
    }
}
