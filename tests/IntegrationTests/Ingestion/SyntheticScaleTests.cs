using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.Domain.Ingestion;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Ingestion;

/// <summary>
/// Many pages through the streaming path, in several copies of each table (raw versions of 10,000 launches are about
/// 22 MB, their payloads 12 MB, copied in batches of 4 MB): every page staged, nothing lost or doubled, then nothing to
/// change.
/// </summary>
public sealed class SyntheticScaleTests : IAsyncLifetime
{
    private const int Launches = 10_000;
    private Pipeline _pipeline = null!;

    public async Task InitializeAsync() => _pipeline = await Pipeline.StartAsync(syntheticLaunches: Launches);

    public async Task DisposeAsync() => await _pipeline.DisposeAsync();

    [Fact]
    public async Task InitialLoadInSmallPages_StoresEveryLaunchAndPayload_ThenASecondRunAndAFullRefreshChangeNothing()
    {
        var first = await _pipeline.IngestAsync(pageSize: 250);
        var second = await _pipeline.IngestAsync(pageSize: 250);
        var refresh = await _pipeline.IngestAsync(new RunIncrementalIngestionCommand(FullRefresh: true));

        var payloads = Enumerable.Range(0, Launches).Sum(i => i >= Launches - Launches / 100 && i % 3 == 0 ? 0 : i % 4); // the last 1 % upcoming, a third of them without payloads
        Assert.Equal(new RunCounts(Launches, Launches, 0, 0, 0, Launches), first.Counts);
        Assert.Equal(payloads, first.PayloadsWritten);
        Assert.Equal((long)Launches, await _pipeline.Database.ScalarAsync<long>("SELECT count(DISTINCT launch_id) FROM spacex.raw_launches"));
        Assert.Equal((long)payloads, await _pipeline.Database.ScalarAsync<long>(
            "SELECT count(*) FROM spacex.launches l, unnest(l.payload_ids) p JOIN spacex.payloads ON payloads.id = p"));
        Assert.Equal(0L, await _pipeline.Database.ScalarAsync<long>(
            "SELECT count(*) FROM spacex.launches WHERE cardinality(payload_ids) > 0 AND total_payload_mass_kg IS DISTINCT FROM " +
            "(SELECT sum(mass_kg) FROM spacex.payloads WHERE launch_id = launches.id)"));
        Assert.Equal(IngestionMode.Incremental, second.Mode);
        Assert.Equal(0, second.Counts.Inserted + second.Counts.Updated + second.Counts.RawVersionsAdded);
        Assert.True(second.Counts.Fetched > 250, "the look-back window spans several pages");
        Assert.Equal(new RunCounts(Launches, 0, 0, Launches, 0, 0), refresh.Counts); // every launch staged, in several batches, and found unchanged
    }
}
