using System.Net;
using Npgsql;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Serve;

/// <summary><c>serve</c> under load on a shared server: a bounded number of connections, probes that read no data, and 503 in words.</summary>
public sealed class ServeBudgetTests() : PipelineTests(loadRealSnapshot: true)
{
    private const string NoRunWhileTheTestLooks = "0 0 1 1 *";

    [Fact]
    public async Task FiftyConcurrentClients_AreAllAnswered_WithinTheDefaultBudgetOfTenConnections()
    {
        var others = await Pipeline.Database.ScalarAsync<int[]>(
            $"SELECT coalesce(array_agg(pid), '{{}}') FROM pg_stat_activity WHERE datname = '{Pipeline.Database.Name}'"); // the test's own
        using var serve = ServeProcess.Start(Pipeline, "--cron", NoRunWhileTheTestLooks);
        await serve.GetAsync("/healthz");
        using var sampling = new CancellationTokenSource();
        var mostHeld = SampleMostConnectionsAsync(others!, sampling.Token);

        var answers = await LoadAsync(serve.BaseAddress, ["/api/status", "/readyz", "/metrics", "/api/reports/sites"], requests: 1000, clients: 50);
        await sampling.CancelAsync();
        serve.Process.Signal("TERM");
        await serve.Process.WaitAsync(TimeSpan.FromSeconds(40));

        Assert.Equal([HttpStatusCode.OK], answers.Distinct());
        Assert.InRange(await mostHeld, 1, 10);
    }

    /// <summary>A user that may read the run history and the migrations but no data table: readiness needs no more.</summary>
    [Fact]
    public async Task Readiness_ReadsNoDataTable()
    {
        var role = $"spacex_probe_{Guid.NewGuid():N}"[..28];
        await Pipeline.Database.ExecuteAsync(
            $"""
            CREATE ROLE {role} LOGIN PASSWORD 'probe';
            GRANT USAGE ON SCHEMA spacex TO {role};
            GRANT SELECT ON spacex.ingestion_runs, spacex.ingestion_state, spacex.__ef_migrations_history TO {role};
            """);
        try
        {
            var probe = new NpgsqlConnectionStringBuilder(Pipeline.Database.ConnectionString) { Username = role, Password = "probe" }.ConnectionString;
            using var serve = ServeProcess.StartOn(probe, Pipeline, "--cron", NoRunWhileTheTestLooks);
            var ready = await serve.GetAsync("/readyz");
            var status = await serve.GetAsync("/api/status");
            serve.Process.Signal("TERM");
            await serve.Process.WaitAsync(TimeSpan.FromSeconds(40));

            Assert.Equal("{\"status\":\"healthy\",\"reason\":null}", await ready.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.InternalServerError, status.StatusCode); // the row counts read what the user may not
            Assert.StartsWith("error: permission denied for table", await status.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await Pipeline.Database.ExecuteAsync($"DROP OWNED BY {role}; DROP ROLE {role}");
        }
    }

    /// <summary>The budget is one connection, held by a slow run: a report cannot get one in time.</summary>
    [Fact]
    public async Task ARequestThatGetsNoConnectionInTime_Is503WithTheReason_AndLogged()
    {
        Pipeline.Snapshot.Edit("launches", "62dd70d5202306255024d139", l => l["name"] = "Crew-5 renamed");
        Pipeline.Replay.Latency = TimeSpan.FromSeconds(5);
        // long enough for the run's own first connection on a busy machine, short beside the run (three requests of 5 s)
        var threeSeconds = new NpgsqlConnectionStringBuilder(Pipeline.Database.ConnectionString) { Timeout = 3 }.ConnectionString;
        using var serve = ServeProcess.StartOn(threeSeconds, Pipeline, "--every", "1h", "--max-connections", "1");
        await Poll.UntilRunsAsync(Pipeline.Database, "running", 1);

        using var report = await serve.GetAsync("/api/reports/sites");
        var body = await report.Content.ReadAsStringAsync();
        await Poll.UntilRunsAsync(Pipeline.Database, "succeeded", 2); // the run itself needs no second connection
        serve.Process.Signal("TERM");
        var stopped = await serve.Process.WaitAsync(TimeSpan.FromSeconds(40));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, report.StatusCode);
        Assert.StartsWith("database unavailable: no database connection came free in time", body, StringComparison.Ordinal);
        Assert.Contains("GET /api/reports/sites: 503, the database is unavailable: no database connection came free in time", stopped.Error, StringComparison.Ordinal);
    }

    /// <summary>The most connections named as the pipeline's at once, but for <paramref name="others"/> (server process ids).</summary>
    private async Task<int> SampleMostConnectionsAsync(int[] others, CancellationToken stop)
    {
        var most = 0;
        while (!stop.IsCancellationRequested)
        {
            most = Math.Max(most, (int)await Pipeline.Database.ScalarAsync<long>(
                $"""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = '{Pipeline.Database.Name}' AND application_name = 'spacex' AND pid NOT IN ({string.Join(",", others.Append(0))})
                """));
            await Task.Delay(10, CancellationToken.None);
        }

        return most;
    }

    /// <summary><paramref name="requests"/> GETs over the paths in turn, <paramref name="clients"/> at a time; each answer's status.</summary>
    private static async Task<HttpStatusCode[]> LoadAsync(Uri baseAddress, string[] paths, int requests, int clients)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var answers = new HttpStatusCode[requests];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < requests; i = Interlocked.Increment(ref next))
            {
                using var response = await http.GetAsync(paths[i % paths.Length]);
                answers[i] = response.StatusCode;
            }
        }));
        return answers;
    }
}
