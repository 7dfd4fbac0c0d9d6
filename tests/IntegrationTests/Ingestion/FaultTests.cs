using SpaceX.ApiReplay.Faults;
using SpaceX.Application.Ingestion;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.Domain.Ingestion;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Ingestion;

public sealed class FaultTests : IAsyncLifetime
{
    private Pipeline _pipeline = null!;

    public async Task InitializeAsync() => _pipeline = await Pipeline.StartAsync();

    public async Task DisposeAsync() => await _pipeline.DisposeAsync();

    [Fact]
    public async Task ApiFailingMidPagination_LeavesEverythingAsItWas_AndTheRerunSucceeds()
    {
        _pipeline.Replay.AsOf = new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero);
        await _pipeline.IngestAsync();
        var before = await _pipeline.DataFingerprintAsync();
        _pipeline.Replay.AsOf = null;
        _pipeline.Replay.ResetRequests();
        _pipeline.Replay.Faults.Add(FaultRule.Parse("500x*@2:/v4/launches/query"));

        await Assert.ThrowsAsync<LaunchSourceException>(
            () => _pipeline.IngestAsync(new RunIncrementalIngestionCommand(FullRefresh: true), pageSize: 50));

        Assert.Contains(_pipeline.Replay.Requests, r => r.Path.StartsWith("/v4/launches/query") && r.Status == 200);
        Assert.Equal(before, await _pipeline.DataFingerprintAsync());
        Assert.Equal("failed", await _pipeline.Database.ScalarAsync<string>(
            "SELECT status FROM spacex.ingestion_runs ORDER BY started_at DESC LIMIT 1"));

        _pipeline.Replay.Faults.Clear();
        var rerun = await _pipeline.IngestAsync(new RunIncrementalIngestionCommand(FullRefresh: true), pageSize: 50);

        Assert.Equal(RunStatus.Succeeded, rerun.Status);
        Assert.Equal(205L, await _pipeline.Database.ScalarAsync<long>("SELECT count(*) FROM spacex.launches"));
        Assert.Equal(0L, await _pipeline.Database.ScalarAsync<long>(
            "SELECT count(*) FROM (SELECT launch_id, payload FROM spacex.raw_launches GROUP BY 1, 2 HAVING count(*) > 1) d"));
    }

    [Fact]
    public async Task TooManyRequestsThenServerErrors_AreRetried_AndTheRunSucceeds()
    {
        _pipeline.Replay.Faults.Add(new FaultRule(FaultKind.TooManyRequests, Count: 3));
        _pipeline.Replay.Faults.Add(new FaultRule(FaultKind.ServerError, Count: 2));

        var report = await _pipeline.IngestAsync();

        Assert.Equal(RunStatus.Succeeded, report.Status);
        Assert.Equal(205, report.Counts.Inserted);
        Assert.Equal(3, _pipeline.Replay.Requests.Count(r => r.Status == 429));
        Assert.Equal(2, _pipeline.Replay.Requests.Count(r => r.Status == 500));
        Assert.Equal(_pipeline.Replay.RequestCount, report.HttpRequests);
    }

    [Fact]
    public async Task PersistentForbiddenHtml_FailsWithOneLineNamingTheStatus_ExitOne_NothingWritten()
    {
        _pipeline.Replay.Faults.Add(FaultRule.Parse("403x*"));

        var run = await CliRun.InvokeAsync("ingest", "--api", _pipeline.Replay.BaseAddress.ToString(), "--db", _pipeline.Database.ConnectionString);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("HTTP 403", line);
        Assert.Contains("HTML", line);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal("0 0 0 0 0 0 0 none", (await _pipeline.DataFingerprintAsync()).TrimEnd());
        Assert.Equal("failed", await _pipeline.Database.ScalarAsync<string>("SELECT status FROM spacex.ingestion_runs"));
    }

    [Fact]
    public async Task TruncatedBody_IsRetried()
    {
        _pipeline.Replay.Faults.Add(new FaultRule(FaultKind.Truncated, Count: 1));

        var report = await _pipeline.IngestAsync();

        Assert.Equal(205, report.Counts.Inserted);
        Assert.Contains(_pipeline.Replay.Requests, r => r.Fault == FaultKind.Truncated);
    }

    [Fact]
    public async Task SecondRun_WhileOneHoldsTheLock_SaysSoAndExitsOne()
    {
        await using var holder = await _pipeline.Database.DataSource.OpenConnectionAsync();
        await using (var take = holder.CreateCommand())
        {
            take.CommandText = "SELECT pg_advisory_lock(x'535041434558'::bigint)";
            await take.ExecuteScalarAsync();
        }

        var run = await CliRun.InvokeAsync("ingest", "--api", _pipeline.Replay.BaseAddress.ToString(), "--db", _pipeline.Database.ConnectionString);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Another ingestion run is in progress", run.Error);
        Assert.Equal(0, _pipeline.Replay.RequestCount);
    }
}
