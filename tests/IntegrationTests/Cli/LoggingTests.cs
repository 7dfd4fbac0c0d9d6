using System.Text.Json;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Cli;

/// <summary>Logs a shipper reads: one JSON object per line, each line of a run carrying its id; and the version.</summary>
public sealed class LoggingTests() : PipelineTests(loadRealSnapshot: false)
{
    [Theory]
    [InlineData("--quiet")]
    [InlineData("--verbose")]
    public async Task Ingest_WithJsonLogs_WritesOneObjectPerLine_EachCarryingTheRunId(string detail)
    {
        using var process = CliProcess.Start(
            "ingest", "--api", Pipeline.Replay.BaseAddress.ToString(), "--db", Pipeline.Database.ConnectionString, "--log-format", "json", detail);

        var run = await process.WaitAsync();

        Assert.Equal(0, run.ExitCode);
        var runId = await Pipeline.Database.ScalarAsync<Guid>("SELECT id FROM spacex.ingestion_runs");
        var lines = run.ErrorLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            Assert.Equal(runId.ToString(), line.GetProperty("RunId").GetString());
            Assert.EndsWith("Z", line.GetProperty("@t").GetString(), StringComparison.Ordinal);
        });
        Assert.Equal(detail == "--quiet", lines.All(line => line.TryGetProperty("@l", out var level) && level.GetString() is "Warning" or "Error"));
    }

    /// <summary>The README's cron recipe, run as cron runs it: every line of its file is a JSON object on its own.</summary>
    [Fact]
    public async Task TheCronRecipe_AppendsOnlyJsonLines_WhetherTheRunSucceedsOrFails()
    {
        var folder = Directory.CreateTempSubdirectory("spacex-cron").FullName;
        var file = Path.Combine(folder, "spacex.jsonl");
        string[] recipe = ["ingest", "--log-format", "json", "--metrics-file", Path.Combine(folder, "spacex.prom"), "--db", Pipeline.Database.ConnectionString];
        var quickRetries = new Dictionary<string, string> { ["SpaceXApi__MaxRetries"] = "1", ["SpaceXApi__RetryDelay"] = "00:00:00.050" };

        using var succeeding = CliProcess.StartAppendingTo(file, quickRetries, [.. recipe, "--quiet", "--api", Pipeline.Replay.BaseAddress.ToString()]);
        var succeeded = await succeeding.WaitAsync();
        using var failing = CliProcess.StartAppendingTo(file, quickRetries, [.. recipe, "--quiet", "--api", "http://127.0.0.1:1"]);
        var failed = await failing.WaitAsync();
        using var failingVerbosely = CliProcess.StartAppendingTo(file, quickRetries, [.. recipe, "--verbose", "--api", "http://127.0.0.1:1"]);
        var failedVerbosely = await failingVerbosely.WaitAsync();

        Assert.Equal([0, 1, 1], new[] { succeeded.ExitCode, failed.ExitCode, failedVerbosely.ExitCode });
        var events = File.ReadAllLines(file).Select(line => JsonDocument.Parse(line).RootElement).ToList(); // each line on its own
        var failedRuns = await Pipeline.Database.ScalarAsync<Guid[]>("SELECT array_agg(id ORDER BY started_at) FROM spacex.ingestion_runs WHERE status = 'failed'");
        var errors = events // what ended each failed run (--verbose adds the HTTP client's own errors)
            .Where(e => e.TryGetProperty("@l", out var level) && level.GetString() == "Error" && !e.TryGetProperty("SourceContext", out _))
            .ToList();
        Assert.Equal(failedRuns, errors.Select(e => Guid.Parse(e.GetProperty("RunId").GetString()!)));
        Assert.All(errors, error =>
        {
            Assert.StartsWith(
                "POST /v4/launches/query (payloads and references populated) page 1 at http://127.0.0.1:1: cannot connect", error.GetProperty("@m").GetString(), StringComparison.Ordinal);
            Assert.Contains("HttpRequestException", error.GetProperty("@x").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Verbose_LogsEachPageFetched_AndEachStepsRows()
    {
        using var process = CliProcess.Start(
            "ingest", "--api", Pipeline.Replay.BaseAddress.ToString(), "--db", Pipeline.Database.ConnectionString, "--verbose");

        var run = await process.WaitAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"DBG POST /v4/launches/query: page 1, 205 documents, \d+ bytes, \d+ ms", run.Error);
        Assert.Matches(@"DBG POST /v4/payloads/query: page 1, 225 documents, \d+ bytes, \d+ ms", run.Error);
        Assert.Contains("DBG Staged: 205 launches, 225 payloads, 6 launchpads, 4 rockets, 7 landing pads received; 0 quarantined", run.Error, StringComparison.Ordinal);
        Assert.Contains("DBG Applied: 205 launches inserted, 0 updated, 205 raw versions added", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_PrintsTheProductVersionAndTheCommit()
    {
        using var process = CliProcess.Start("--version"); // a process of its own: the version is the entry assembly's

        var run = await process.WaitAsync();

        Assert.Matches(@"^\d+\.\d+\.\d+\+[0-9a-f]{40}\s*$", run.Output);
    }
}
