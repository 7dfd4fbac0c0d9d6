using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Reliability;

public sealed class ConcurrencyTests : IAsyncLifetime
{
    private Pipeline _pipeline = null!;

    public async Task InitializeAsync()
    {
        _pipeline = await Pipeline.StartAsync();
        _pipeline.Replay.Latency = TimeSpan.FromMilliseconds(1500); // long enough for the two runs to overlap
    }

    public async Task DisposeAsync() => await _pipeline.DisposeAsync();

    [Fact]
    public async Task TwoIngestProcessesAtOnce_OneRuns_TheOtherSaysSoAndExits75()
    {
        using var first = Ingest();
        using var second = Ingest();

        var runs = new[] { await first.WaitAsync(), await second.WaitAsync() };

        Assert.Equal([0, 75], runs.Select(r => r.ExitCode).Order());
        Assert.Contains("Another ingestion run is in progress", runs.Single(r => r.ExitCode == 75).Error);
        await AssertOneCompleteLoadAsync(expectedRuns: 1);
    }

    [Fact]
    public async Task TwoIngestProcessesAtOnce_WithWait_RunOneAfterTheOther()
    {
        using var first = Ingest("--wait");
        using var second = Ingest("--wait");

        var runs = new[] { await first.WaitAsync(), await second.WaitAsync() };

        Assert.All(runs, r => Assert.Equal(0, r.ExitCode));
        await AssertOneCompleteLoadAsync(expectedRuns: 2);
        Assert.Equal("initial incremental", await _pipeline.Database.ScalarAsync<string>(
            "SELECT string_agg(mode, ' ' ORDER BY started_at) FROM spacex.ingestion_runs"));
    }

    [Fact]
    public async Task RunLeftRunningByADeadProcess_IsMarkedAbandonedByTheNextRun()
    {
        _pipeline.Replay.Latency = TimeSpan.Zero;
        await _pipeline.Database.ExecuteAsync(
            "INSERT INTO spacex.ingestion_runs (id, mode, status, started_at, fetched, inserted, updated, unchanged, quarantined, " +
            "related_quarantined, raw_versions_added, http_requests) VALUES (gen_random_uuid(), 'initial', 'running', now() - interval '1 hour', 0, 0, 0, 0, 0, 0, 0, 0)");

        var report = await _pipeline.IngestAsync();

        Assert.Equal(1, report.AbandonedRuns);
        Assert.Equal("abandoned succeeded", await _pipeline.Database.ScalarAsync<string>(
            "SELECT string_agg(status, ' ' ORDER BY started_at) FROM spacex.ingestion_runs"));
    }

    private CliProcess Ingest(params string[] extra) =>
        CliProcess.Start(["ingest", "--api", _pipeline.Replay.BaseAddress.ToString(), "--db", _pipeline.Database.ConnectionString, .. extra]);

    private async Task AssertOneCompleteLoadAsync(int expectedRuns)
    {
        Assert.Equal(205L, await _pipeline.Database.ScalarAsync<long>("SELECT count(*) FROM spacex.launches"));
        Assert.Equal(205L, await _pipeline.Database.ScalarAsync<long>("SELECT count(*) FROM spacex.raw_launches"));
        Assert.Equal((long)expectedRuns, await _pipeline.Database.ScalarAsync<long>("SELECT count(*) FROM spacex.ingestion_runs WHERE status = 'succeeded'"));
        await Invariants.AssertHoldAsync(_pipeline.Database, null, null);
    }
}
