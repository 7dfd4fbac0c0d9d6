using System.Diagnostics;
using SpaceX.ApiReplay.Faults;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Reliability;

/// <summary>An API that cannot be reached, never answers or ignores the query: one line naming the failure and the URL, nothing written.</summary>
public sealed class NetworkFailureTests() : PipelineTests(loadRealSnapshot: false)
{
    private static readonly Dictionary<string, string> QuickRetries = new()
    {
        ["SpaceXApi__RetryDelay"] = "00:00:00.050",
        ["SpaceXApi__AttemptTimeout"] = "00:00:01",
        ["SpaceXApi__TotalTimeout"] = "00:00:03",
    };

    [Fact]
    public async Task RefusedConnection_IsOneLineNamingItAndTheUrl_WithoutRetryLogs()
    {
        var run = await IngestAsync("http://127.0.0.1:1");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Matches(@"^error: (POST|GET) /v4/\S+( page 1)? at http://127\.0\.0\.1:1: cannot connect \(Connection refused\), after 4 retries$", line);
    }

    /// <summary>Retries that outlast the progress interval (5 s) log no progress line: nothing moved, so the error comes alone.</summary>
    [Fact]
    public async Task RetriesLongerThanTheProgressInterval_StillEndInOneLineAlone()
    {
        using var process = CliProcess.Start(
            new Dictionary<string, string> { ["SpaceXApi__RetryDelay"] = "00:00:02", ["SpaceXApi__MaxRetries"] = "3" },
            "ingest", "--api", "http://127.0.0.1:1", "--db", Pipeline.Database.ConnectionString);
        var clock = Stopwatch.StartNew();
        var run = await process.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, run.ExitCode);
        Assert.True(clock.Elapsed > TimeSpan.FromSeconds(6), $"the retries took {clock.Elapsed}: too short to show it");
        Assert.StartsWith("error: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiThatNeverAnswers_GivesUpWithinTheTotalTimeout_InOneLine()
    {
        Pipeline.Replay.Latency = TimeSpan.FromSeconds(30);
        var clock = Stopwatch.StartNew();

        var run = await IngestAsync(Pipeline.Replay.BaseAddress.ToString());

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains($"at {Pipeline.Replay.BaseAddress}: no answer within SpaceXApi:TotalTimeout (3 s), retries included", line);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"gave up after {clock.Elapsed}");
        Assert.Equal("0 0 0 0 0 0 0 none", (await Pipeline.DataFingerprintAsync()).TrimEnd());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ServerThatIgnoresThePostBody_IsNamedInOneLine_AndNothingIsWritten(bool loaded)
    {
        if (loaded)
        {
            await Pipeline.IngestAsync();
        }

        var before = await Pipeline.DataFingerprintAsync();
        Pipeline.Replay.Faults.Add(new FaultRule(FaultKind.IgnoreBody, Count: null));

        var run = await IngestAsync(Pipeline.Replay.BaseAddress.ToString());

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.EndsWith(
            "asked for page 1 of 1000 documents, the server answered page 1 of 10: it ignored the query options (a proxy or server that drops the POST body?)",
            line);
        Assert.Equal(before, await Pipeline.DataFingerprintAsync());
    }

    private async Task<CliRun> IngestAsync(string api)
    {
        using var process = CliProcess.Start(QuickRetries, "ingest", "--api", api, "--db", Pipeline.Database.ConnectionString);
        return await process.WaitAsync(TimeSpan.FromMinutes(1));
    }
}
