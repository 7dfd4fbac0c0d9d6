using System.Text.Json.Nodes;
using SpaceX.Application.Ingestion;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.Domain.Ingestion;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Ingestion;

public sealed class QuarantineTests : IAsyncLifetime
{
    private const string BadDate = "5eb87cdeffd86e000604b330"; // COTS 1
    private const string BadLaunchpad = "5eb87cddffd86e000604b32f"; // Falcon 9 Test Flight
    private const string NegativeMass = "5eb0e4b5b6c3bb0006eeb1e1"; // FalconSAT-2
    private Pipeline _pipeline = null!;

    public async Task InitializeAsync()
    {
        _pipeline = await Pipeline.StartAsync();
        var snapshot = _pipeline.Snapshot;
        var withoutId = (JsonObject)snapshot.Documents("launches")[0].DeepClone();
        withoutId.Remove("id");
        withoutId["name"] = "No id";
        snapshot.Add("launches", withoutId);
        snapshot.Edit("launches", BadDate, l => l["date_utc"] = "2010-12-32T15:43:00.000Z");
        snapshot.Edit("launches", BadLaunchpad, l => l["launchpad"] = "000000000000000000000000");
        snapshot.Edit("payloads", NegativeMass, p => p["mass_kg"] = -20);
    }

    public async Task DisposeAsync() => await _pipeline.DisposeAsync();

    [Fact]
    public async Task BadRecords_AreQuarantinedWithReasons_AndTheRestLoads()
    {
        var report = await _pipeline.IngestAsync();

        Assert.Equal(RunStatus.SucceededWithWarnings, report.Status);
        Assert.Equal(206, report.Counts.Fetched);
        Assert.Equal(3, report.Counts.Quarantined);
        Assert.Equal(1, report.Counts.RelatedQuarantined);
        Assert.Equal(203L, await _pipeline.Database.ScalarAsync<long>("SELECT count(*) FROM spacex.launches"));
        Assert.Equal(224L, await _pipeline.Database.ScalarAsync<long>("SELECT count(*) FROM spacex.payloads"));
        var reasons = await _pipeline.Database.ScalarAsync<string>(
            "SELECT string_agg(entity || ' ' || coalesce(record_id, '-') || ': ' || array_to_string(reasons, '; '), E'\\n' ORDER BY entity, record_id) " +
            "FROM spacex.quarantined_records");
        Assert.Contains($"launch {BadDate}: date_utc '2010-12-32T15:43:00.000Z' is not an ISO 8601 date", reasons);
        Assert.Contains($"launch {BadLaunchpad}: launchpad '000000000000000000000000' is unknown", reasons);
        Assert.Contains("launch -: id is missing", reasons);
        Assert.Contains($"payload {NegativeMass}: mass_kg -20 is negative", reasons);
        Assert.Equal("No id", await _pipeline.Database.ScalarAsync<string>(
            "SELECT raw ->> 'name' FROM spacex.quarantined_records WHERE record_id IS NULL"));
        Assert.Equal("succeeded_with_warnings", await _pipeline.Database.ScalarAsync<string>("SELECT status FROM spacex.ingestion_runs"));
    }

    [Fact]
    public async Task BadRecords_AboveTheThreshold_FailTheRunAndWriteNothing()
    {
        var error = await Assert.ThrowsAsync<IngestionFailedException>(
            () => _pipeline.IngestAsync(new RunIncrementalIngestionCommand(MaxInvalidPercent: 0.5)));

        Assert.StartsWith("3 of 206 launch records failed validation (1.5% > 0.5%): nothing was written.", error.Message);
        Assert.Equal("0 0 0 0 0 0 0 none", (await _pipeline.DataFingerprintAsync()).TrimEnd());
        Assert.Equal("failed", await _pipeline.Database.ScalarAsync<string>("SELECT status FROM spacex.ingestion_runs"));
    }
}
