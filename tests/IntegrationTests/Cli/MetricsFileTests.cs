using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Cli;

/// <summary><c>ingest --metrics-file</c>: the run's metrics for node_exporter's textfile collector.</summary>
public sealed class MetricsFileTests() : PipelineTests(loadRealSnapshot: false), IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("spacex-metrics-").FullName;

    private string MetricsFile => Path.Combine(_directory, "spacex.prom");

    [SkippableFact]
    public async Task EachRun_WritesItsMetrics_ReplacingTheFileAtomically()
    {
        var first = await IngestAsync(Pipeline.Replay.BaseAddress.ToString());
        var firstText = await File.ReadAllTextAsync(MetricsFile);
        await using var heldOpen = File.OpenRead(MetricsFile); // a collector reading the file while the next run replaces it
        Pipeline.Snapshot.Edit("launches", "62dd70d5202306255024d139", l => l["name"] = "Crew-5 renamed");
        var second = await IngestAsync(Pipeline.Replay.BaseAddress.ToString());
        var oldContent = await new StreamReader(heldOpen).ReadToEndAsync();
        var metrics = await PrometheusText.ParseAsync(await File.ReadAllTextAsync(MetricsFile));
        var firstMetrics = await PrometheusText.ParseAsync(firstText);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(firstText, oldContent); // renamed over, not rewritten in place: the reader saw a whole file
        Assert.Equal(["spacex.prom"], Directory.GetFiles(_directory).Select(Path.GetFileName));
        Assert.Equal(1, firstMetrics.Value("spacex_runs_total", ("mode", "initial"), ("status", "succeeded")));
        Assert.Equal(205, firstMetrics.Value("spacex_launches_total", ("outcome", "inserted")));
        Assert.Equal(1, metrics.Value("spacex_runs_total", ("mode", "incremental"), ("status", "succeeded")));
        Assert.Equal(1, metrics.Value("spacex_launches_total", ("outcome", "updated")));
        Assert.Equal(0, metrics.Value("spacex_launches_total", ("outcome", "inserted")));
        Assert.Equal(
            await Pipeline.Database.ScalarAsync<long>("SELECT unchanged FROM spacex.ingestion_runs ORDER BY started_at DESC LIMIT 1"),
            metrics.Value("spacex_launches_total", ("outcome", "unchanged")));
        Assert.NotNull(metrics.Value("spacex_high_water_mark_timestamp_seconds"));
    }

    [SkippableFact]
    public async Task AFailedRun_StillWritesItsMetrics()
    {
        await Pipeline.IngestAsync();
        var run = await IngestAsync("http://127.0.0.1:1", ("SpaceXApi__MaxRetries", "0")); // no retries: one attempt
        var metrics = await PrometheusText.ParseAsync(await File.ReadAllTextAsync(MetricsFile));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(1, metrics.Value("spacex_runs_total", ("mode", "incremental"), ("status", "failed")));
        Assert.Equal(1, metrics.Value("spacex_api_requests_total", ("status_code", "error")));
        Assert.Null(metrics.Value("spacex_launches_total", ("outcome", "inserted")));
        var lastSuccess = await Pipeline.Database.ScalarAsync<DateTime>("SELECT max(finished_at) FROM spacex.ingestion_runs WHERE status = 'succeeded'");
        Assert.Equal(new DateTimeOffset(lastSuccess, TimeSpan.Zero).ToUnixTimeMilliseconds() / 1000.0, metrics.Value("spacex_last_success_timestamp_seconds"));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<CliRun> IngestAsync(string api, params (string Name, string Value)[] environment)
    {
        using var process = CliProcess.Start(
            environment.ToDictionary(e => e.Name, e => e.Value),
            "ingest", "--api", api, "--db", Pipeline.Database.ConnectionString, "--metrics-file", MetricsFile);
        return await process.WaitAsync();
    }
}
