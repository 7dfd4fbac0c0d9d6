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

    [Fact]
    public async Task Verbose_LogsEachPageFetched_AndEachStepsRows()
    {
        using var process = CliProcess.Start(
            "ingest", "--api", Pipeline.Replay.BaseAddress.ToString(), "--db", Pipeline.Database.ConnectionString, "--verbose");

        var run = await process.WaitAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"DBG POST /v4/launches/query: page 1, 205 documents, \d+ bytes, \d+ ms", run.Error);
        Assert.Matches(@"DBG POST /v4/payloads/query: page 1, 225 documents, \d+ bytes, \d+ ms", run.Error);
        Assert.Contains("DBG Staged: 205 launches, 225 payloads, 6 launchpads, 4 rockets received; 0 quarantined", run.Error, StringComparison.Ordinal);
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
