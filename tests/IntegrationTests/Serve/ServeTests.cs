using System.Net;
using System.Text.Json;
using SpaceX.Application.Analytics.Reports;
using SpaceX.Host.Serve;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Serve;

/// <summary><c>spacex serve</c> as a process against the replay and a real database: the schedule, the endpoints, the metrics.</summary>
public sealed class ServeTests() : PipelineTests(loadRealSnapshot: false)
{
    [SkippableFact]
    public async Task Every1s_CompletesRuns_AndMetricsCountWhatTheRunsRecorded()
    {
        using var serve = ServeProcess.Start(Pipeline, "--every", "1s");
        await Poll.UntilRunsAsync(Pipeline.Database, "succeeded", 3);
        var metrics = await serve.ScrapeAsync();
        var healthz = await serve.GetAsync("/healthz");
        var readyz = await serve.GetAsync("/readyz");
        serve.Process.Signal("TERM");
        var run = await serve.Process.WaitAsync(TimeSpan.FromSeconds(40));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(HttpStatusCode.OK, healthz.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readyz.StatusCode);
        Assert.Equal("counter", metrics.TypeOf("spacex_runs"));
        Assert.Equal("histogram", metrics.TypeOf("spacex_run_duration_seconds"));
        Assert.Equal(1, metrics.Value("spacex_runs_total", ("mode", "initial"), ("status", "succeeded")));
        var scraped = (int)metrics.Sum("spacex_runs_total");
        Assert.True(scraped >= 3, metrics.ToString());
        Assert.Equal(scraped, metrics.Value("spacex_run_duration_seconds_count", ("mode", "incremental"), ("status", "succeeded")) + 1);
        // The counters equal the sums over the runs the scrape had seen, as the database recorded them.
        var recorded = $"(SELECT * FROM spacex.ingestion_runs ORDER BY started_at LIMIT {scraped})";
        foreach (var outcome in new[] { "inserted", "updated", "unchanged", "quarantined" })
        {
            var expected = await Pipeline.Database.ScalarAsync<long>($"SELECT sum({outcome}) FROM {recorded} r");
            Assert.Equal(expected, metrics.Value("spacex_launches_total", ("outcome", outcome)));
        }

        Assert.Equal(205, metrics.Value("spacex_launches_total", ("outcome", "inserted")));
        Assert.Equal(await Pipeline.Database.ScalarAsync<long>($"SELECT sum(raw_versions_added) FROM {recorded} r"), metrics.Value("spacex_raw_versions_added_total"));
        // API answers are counted as they come: the scrape may include those of a run still in flight, recorded since.
        Assert.InRange(
            metrics.Value("spacex_api_requests_total", ("status_code", "200"))!.Value,
            await Pipeline.Database.ScalarAsync<long>($"SELECT sum(http_requests) FROM {recorded} r"),
            await Pipeline.Database.ScalarAsync<long>("SELECT sum(http_requests) FROM spacex.ingestion_runs"));
        var highWaterMark = await Pipeline.Database.ScalarAsync<DateTime>("SELECT high_water_mark FROM spacex.ingestion_state");
        Assert.Equal(new DateTimeOffset(highWaterMark, TimeSpan.Zero).ToUnixTimeSeconds(), metrics.Value("spacex_high_water_mark_timestamp_seconds"));
        Assert.True(metrics.Value("spacex_last_success_timestamp_seconds") > DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds());
    }

    [SkippableFact]
    public async Task ATickDuringARunInProgress_IsSkippedAndCounted()
    {
        Pipeline.Replay.Latency = TimeSpan.FromSeconds(2); // each request: the runs outlast the 1 s ticks
        using var serve = ServeProcess.Start(Pipeline, "--every", "1s");
        await Poll.UntilRunsAsync(Pipeline.Database, "succeeded", 1);
        var metrics = await serve.ScrapeAsync();
        serve.Process.Signal("TERM");
        var run = await serve.Process.WaitAsync(TimeSpan.FromSeconds(40));

        Assert.Equal(0, run.ExitCode);
        Assert.True(metrics.Value("spacex_scheduler_skipped_ticks_total") >= 1, metrics.ToString());
        Assert.Contains("Tick skipped: the previous run is still going", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AFailingRun_MakesItUnready_AndTheNextTickStillRuns()
    {
        Pipeline.Replay.Faults.Add(ApiReplay.Faults.FaultRule.Parse("403x*"));
        using var serve = ServeProcess.Start(Pipeline, "--every", "1s");
        await Poll.UntilRunsAsync(Pipeline.Database, "failed", 2);
        var readyz = await serve.GetAsync("/readyz");
        var metrics = await serve.ScrapeAsync();
        Pipeline.Replay.Faults.Clear();
        await Poll.UntilRunsAsync(Pipeline.Database, "succeeded", 1);
        // readiness is at most ServeStatus.MaxAge old: the run's row may be read before the service learns the run ended
        await Poll.UntilAsync(async () => (await serve.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK, "ready after a successful run");
        serve.Process.Signal("TERM");
        var run = await serve.Process.WaitAsync(TimeSpan.FromSeconds(40));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyz.StatusCode);
        Assert.Equal("{\"status\":\"unhealthy\",\"reason\":\"the last run failed\"}", await readyz.Content.ReadAsStringAsync());
        Assert.True(metrics.Value("spacex_runs_total", ("mode", "initial"), ("status", "failed")) >= 2, metrics.ToString());
        Assert.True(metrics.Value("spacex_api_requests_total", ("status_code", "403")) >= 2, metrics.ToString());
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task StatusAndReports_AreTheCliJson()
    {
        await Pipeline.IngestAsync();
        using var serve = ServeProcess.Start(Pipeline, "--cron", "0 0 1 1 *"); // no run while the test looks
        var status = await serve.GetTextAsync("/api/status");
        var report = await serve.GetTextAsync("/api/reports/performance?from=2019&to=2020");
        var unknown = await serve.GetAsync("/api/reports/nope");
        var invalid = await serve.GetAsync("/api/reports/payloads?top=1000");
        var notANumber = await serve.GetAsync("/api/reports/payloads?top=abc");
        using var head = await serve.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/healthz"));
        var metrics = await serve.GetTextAsync("/metrics");
        var index = await serve.GetTextAsync("/");
        serve.Process.Signal("TERM");
        var run = await serve.Process.WaitAsync(TimeSpan.FromSeconds(40));
        var cliStatus = await CliRun.InvokeAsync("status", "--format", "json", "--db", Pipeline.Database.ConnectionString);
        var cliReport = await CliRun.InvokeAsync("report", "performance", "--from", "2019", "--to", "2020", "--format", "json", "--db", Pipeline.Database.ConnectionString);

        Assert.Equal(cliStatus.Output.Trim(), status.Trim());
        Assert.Equal(cliReport.Output.Trim(), report.Trim());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notANumber.StatusCode);
        Assert.Equal("'abc' is not a whole number for top.\n", await notANumber.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Contains("\nspacex_scheduler_skipped_ticks_total 0\n", metrics, StringComparison.Ordinal); // before any skip
        Assert.Contains("href=\"/metrics\"", index, StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task StatusRowCountsAndReports_AreReadAgainOnceARunHasEnded_NotOnEveryRequest()
    {
        await Pipeline.IngestAsync();
        using var serve = ServeProcess.Start(Pipeline, "--cron", "0 0 1 1 *");
        var first = (Count(await serve.GetTextAsync("/api/status"), "launch_aggregations"), Rows(await serve.GetTextAsync("/api/reports/trend")));
        await Pipeline.Database.ExecuteAsync("DELETE FROM spacex.launch_aggregations"); // behind the service's back, not by a run
        await Task.Delay(ServeStatus.MaxAge + TimeSpan.FromSeconds(1)); // past the age of the status itself
        var cached = (Count(await serve.GetTextAsync("/api/status"), "launch_aggregations"), Rows(await serve.GetTextAsync("/api/reports/trend")));
        await Pipeline.IngestAsync(); // a run ends (another process's, as a cron job's would be)
        await Poll.UntilAsync(
            async () => Count(await serve.GetTextAsync("/api/status"), "launch_aggregations") == 0, "the counts read again after the run");
        var after = Rows(await serve.GetTextAsync("/api/reports/trend"));
        serve.Process.Signal("TERM");
        await serve.Process.WaitAsync(TimeSpan.FromSeconds(40));

        Assert.Equal((1L, 1), first);
        Assert.Equal(first, cached);
        Assert.Equal(0, after);
    }

    private static int Rows(string report) => JsonDocument.Parse(report).RootElement.GetArrayLength();

    private static long Count(string status, string table) =>
        JsonDocument.Parse(status).RootElement.GetProperty("tables").EnumerateArray()
            .Single(t => t.GetProperty("table").GetString() == table).GetProperty("rows").GetInt64();

    [Fact]
    public async Task EveryReport_GivesTheSameRowsOverHttpAsOnTheCommandLine()
    {
        await Pipeline.IngestAsync();
        using var serve = ServeProcess.Start(Pipeline, "--cron", "0 0 1 1 *");
        var served = new Dictionary<string, string>();
        foreach (var name in ReportCatalog.Names)
        {
            served[name] = await serve.GetTextAsync($"/api/reports/{name}");
        }

        serve.Process.Signal("TERM");
        await serve.Process.WaitAsync(TimeSpan.FromSeconds(40));

        foreach (var name in ReportCatalog.Names)
        {
            var cli = await CliRun.InvokeAsync("report", name, "--format", "json", "--db", Pipeline.Database.ConnectionString);
            Assert.Equal(cli.Output.Trim(), served[name].Trim());
        }
    }

    [Fact]
    public async Task Readiness_IsHealthyThenUnhealthyWhenTheSchemaIsNotCurrent_AndLivenessStaysUp()
    {
        await Pipeline.IngestAsync();
        using var serve = ServeProcess.Start(Pipeline, "--cron", "0 0 1 1 *");
        var healthy = await serve.GetAsync("/readyz");
        await Pipeline.Database.ExecuteAsync("COMMENT ON VIEW spacex.launch_performance IS NULL"); // a report view to make again
        await Poll.UntilAsync(async () => (await serve.GetAsync("/readyz")).StatusCode == HttpStatusCode.ServiceUnavailable, "unready");
        var unhealthy = await serve.GetAsync("/readyz");
        var live = await serve.GetAsync("/healthz");
        serve.Process.Signal("TERM");
        await serve.Process.WaitAsync(TimeSpan.FromSeconds(40));

        Assert.Equal((HttpStatusCode.OK, "{\"status\":\"healthy\",\"reason\":null}"), (healthy.StatusCode, await healthy.Content.ReadAsStringAsync()));
        Assert.Equal(
            "{\"status\":\"unhealthy\",\"reason\":\"the schema is not current: 1 change(s) pending\"}", await unhealthy.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (live.StatusCode, await live.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Readiness_IsDegradedWhenNoRunSucceededWithinTheMaxAge()
    {
        await Pipeline.IngestAsync();
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // the last success is now older than the service's --max-age
        using var hook = new HttpReceiver();
        using var serve = ServeProcess.Start(Pipeline, "--cron", "0 0 1 1 *", "--max-age", "1s", "--notify", hook.Url);
        var ready = await serve.GetAsync("/readyz");
        await Task.Delay(ServeStatus.MaxAge * 1.5); // read again: still stale, nothing new to tell
        await serve.GetAsync("/readyz");
        serve.Process.Signal("TERM");
        await serve.Process.WaitAsync(TimeSpan.FromSeconds(40));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(["stale"], hook.Bodies.Select(b => System.Text.Json.JsonDocument.Parse(b).RootElement.GetProperty("event").GetString()));
        Assert.StartsWith("{\"status\":\"degraded\",\"reason\":\"stale: no run has succeeded within 1s (last success: ", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
