using System.Text.RegularExpressions;
using SpaceX.ApiReplay.Faults;
using SpaceX.Application.Ingestion;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.Domain.Ingestion;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Ingestion;

public sealed class FaultTests() : PipelineTests(loadRealSnapshot: false)
{
    [Fact]
    public async Task ApiFailingMidPagination_LeavesEverythingAsItWas_AndTheRerunSucceeds()
    {
        Pipeline.Replay.AsOf = new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero);
        await Pipeline.IngestAsync();
        var before = await Pipeline.DataFingerprintAsync();
        Pipeline.Replay.AsOf = null;
        var requestsBefore = Pipeline.Replay.Requests.Count;
        Pipeline.Replay.Faults.Add(FaultRule.Parse("500x*@2:/v4/launches/query"));

        await Assert.ThrowsAsync<SpaceXSourceException>(
            () => Pipeline.IngestAsync(new RunIncrementalIngestionCommand(FullRefresh: true), pageSize: 50));

        Assert.Contains(Pipeline.Replay.Requests.Skip(requestsBefore), r => r.Path.StartsWith("/v4/launches/query") && r.Status == 200);
        Assert.Equal(before, await Pipeline.DataFingerprintAsync());
        Assert.Equal("failed", await Pipeline.Database.ScalarAsync<string>(
            "SELECT status FROM spacex.ingestion_runs ORDER BY started_at DESC LIMIT 1"));

        Pipeline.Replay.Faults.Clear();
        var rerun = await Pipeline.IngestAsync(new RunIncrementalIngestionCommand(FullRefresh: true), pageSize: 50);

        Assert.Equal(RunStatus.Succeeded, rerun.Status);
        Assert.Equal(205L, await Pipeline.Database.ScalarAsync<long>("SELECT count(*) FROM spacex.launches"));
        Assert.Equal(0L, await Pipeline.Database.ScalarAsync<long>(
            "SELECT count(*) FROM (SELECT launch_id, payload FROM spacex.raw_launches GROUP BY 1, 2 HAVING count(*) > 1) d"));
    }

    [Fact]
    public async Task TooManyRequestsThenServerErrors_AreRetried_AndTheRunSucceeds()
    {
        Pipeline.Replay.Faults.Add(new FaultRule(FaultKind.TooManyRequests, Count: 3));
        Pipeline.Replay.Faults.Add(new FaultRule(FaultKind.ServerError, Count: 2));

        var report = await Pipeline.IngestAsync();

        Assert.Equal(RunStatus.Succeeded, report.Status);
        Assert.Equal(205, report.Counts.Inserted);
        Assert.Equal(3, Pipeline.Replay.Requests.Count(r => r.Status == 429));
        Assert.Equal(2, Pipeline.Replay.Requests.Count(r => r.Status == 500));
        Assert.Equal(Pipeline.Replay.RequestCount, report.HttpRequests);
    }

    [Fact]
    public async Task PersistentForbiddenHtml_FailsWithOneLineNamingTheStatus_ExitOne_NothingWritten()
    {
        Pipeline.Replay.Faults.Add(FaultRule.Parse("403x*"));

        var run = await CliRun.InvokeAsync("ingest", "--api", Pipeline.Replay.BaseAddress.ToString(), "--db", Pipeline.Database.ConnectionString);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("HTTP 403", line);
        Assert.Contains("HTML", line);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal("0 0 0 0 0 0 0 none", (await Pipeline.DataFingerprintAsync()).TrimEnd());
        Assert.Equal("failed", await Pipeline.Database.ScalarAsync<string>("SELECT status FROM spacex.ingestion_runs"));
    }

    [Fact]
    public async Task TruncatedBody_IsRetried()
    {
        Pipeline.Replay.Faults.Add(new FaultRule(FaultKind.Truncated, Count: 1));

        var report = await Pipeline.IngestAsync();

        Assert.Equal(205, report.Counts.Inserted);
        Assert.Contains(Pipeline.Replay.Requests, r => r.Fault == FaultKind.Truncated);
    }

    [Fact]
    public async Task SecondRun_WhileOneHoldsTheLock_SaysSoAndExits75()
    {
        await using var holder = await Pipeline.Database.DataSource.OpenConnectionAsync();
        await using (var take = holder.CreateCommand())
        {
            take.CommandText = "SELECT pg_advisory_lock(x'535041434558'::bigint)";
            await take.ExecuteScalarAsync();
        }

        var run = await CliRun.InvokeAsync("ingest", "--api", Pipeline.Replay.BaseAddress.ToString(), "--db", Pipeline.Database.ConnectionString);

        Assert.Equal(75, run.ExitCode);
        Assert.Contains("Another ingestion run is in progress", run.Error);
        Assert.Equal(0, Pipeline.Replay.RequestCount);
    }

    /// <summary>Not retried: asking again gets the same bytes.</summary>
    [Fact]
    public async Task AnAnswerThatIsNotUtf8_FailsTheRunOnce_NamingTheRequestAndItsPage()
    {
        Pipeline.Replay.Faults.Add(FaultRule.Parse("bad-utf8:/v4/launches/query"));

        var error = await Assert.ThrowsAsync<SpaceXSourceException>(() => Pipeline.IngestAsync());

        Assert.Matches(
            $"^POST /v4/launches/query page 1 at {Regex.Escape(Pipeline.Replay.BaseAddress.ToString())}: the answer is not UTF-8 text: byte [0-9,]+ of [0-9,]+ begins no character$",
            error.Message);
        Assert.Single(Pipeline.Replay.Requests, r => r.Path.StartsWith("/v4/launches/query", StringComparison.Ordinal));
        Assert.Equal("0 0 0 0 0 0 0 none", (await Pipeline.DataFingerprintAsync()).TrimEnd());
    }

    [Fact]
    public async Task AnAnswerLargerThanTheLimit_IsRefused_InOneLine()
    {
        using var process = CliProcess.Start(
            new Dictionary<string, string> { ["SpaceXApi__MaxResponseBytes"] = "4096" },
            "ingest", "--api", Pipeline.Replay.BaseAddress.ToString(), "--db", Pipeline.Database.ConnectionString);
        var run = await process.WaitAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(
            @"^error: (POST|GET) /v4/\S+( page 1)? at \S+: the answer is larger than SpaceXApi:MaxResponseBytes \(4 KB\): .+; lower SpaceXApi:PageSize, or raise the limit$",
            Assert.Single(run.ErrorLines));
    }

    /// <summary>Quarantined as ambiguous, and the field census counts the key once: drift never says "absent from -1".</summary>
    [Fact]
    public async Task ADocumentWithARepeatedKey_IsQuarantinedAsAmbiguous()
    {
        Pipeline.Replay.Faults.Add(FaultRule.Parse("duplicate-key:/v4/launches/query"));

        var report = await Pipeline.IngestAsync();

        var refused = Assert.Single(report.Quarantined);
        Assert.Equal(RecordKind.Launch, refused.Kind);
        Assert.Equal(["name: the key appears more than once, so its value is ambiguous"], refused.Reasons);
        Assert.DoesNotContain(report.Warnings, w => w.Contains("absent from", StringComparison.Ordinal));
        Assert.Equal(204, report.Counts.Inserted);
    }
}
