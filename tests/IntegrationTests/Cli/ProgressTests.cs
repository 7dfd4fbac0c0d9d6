using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Cli;

/// <summary>Live progress on a terminal; none when stderr is a file or a pipe, where the logs carry a line every 5 s instead.</summary>
public sealed class ProgressTests() : PipelineTests(loadRealSnapshot: false)
{
    private const string HideCursor = "\u001b[?25l";

    // Small pages, each answered after a while: a run long enough to be drawn, page by page.
    private static readonly Dictionary<string, string> SmallPages = new() { ["SpaceXApi__PageSize"] = "50" };

    [Theory]
    [InlineData("fetching", "⠹ fetching 3 s: waiting for the API's first answer")]
    [InlineData("writing", "⠹ writing 3 s: nothing fetched")] // a run whose glance saw no change
    public void TheStatusLine_BeforeAnythingWasAnnounced_SaysWhetherTheRunWaitsOrFetchedNothing(string step, string expected)
    {
        var progress = new Application.Ingestion.RunProgress(step, [new(Domain.Ingestion.RecordKind.Launch, 0, 0)]);

        Assert.Equal(expected, Host.Cli.TerminalProgress.StatusLine(progress, TimeSpan.FromSeconds(3), "⠹"));
    }

    [Fact]
    public async Task InATerminal_IngestDrawsLiveProgress_PerCollection()
    {
        var run = await SlowIngestAsync(inTerminal: true);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(HideCursor, run.Output, StringComparison.Ordinal);
        Assert.Contains("payloads 50 of 225", run.Output, StringComparison.Ordinal);
        Assert.Contains("launches 100 of 205", run.Output, StringComparison.Ordinal);
        Assert.Contains("fetching", run.Output, StringComparison.Ordinal);
        Assert.Contains("inserted", run.Output, StringComparison.Ordinal); // the report follows
    }

    /// <summary>
    /// What a person sees when a run ends in a terminal of either size, its report sent to a file: the log lines, as a
    /// pipe would show them, and nothing else: the live display left no fragment, and the log lines quote no value.
    /// </summary>
    [SkippableTheory]
    [InlineData(80, 24)]
    [InlineData(200, 50)]
    public async Task InATerminalOfAnySize_TheScreenHoldsTheLogLinesAndNothingElse(int columns, int rows)
    {
        Pipeline.Replay.Latency = TimeSpan.FromMilliseconds(200);
        var report = Path.GetTempFileName();
        string[] command = [.. CliProcess.Command, .. Args("--full-refresh", "--verbose")];

        var (screen, exitCode) = await TmuxTerminal.RunAsync(columns, rows, SmallPages, command, report);

        Assert.Equal(0, exitCode);
        Assert.All(screen, line => Assert.Matches(@"^\d\d:\d\d:\d\d (DBG|INF|WRN) \S", line));
        var runId = await Pipeline.Database.ScalarAsync<Guid>("SELECT id FROM spacex.ingestion_runs");
        Assert.Contains(screen, line => line.EndsWith(
            $" INF Run {runId} (full_refresh) succeeded: fetched 205, inserted 205, updated 0, unchanged 0, quarantined 0, HTTP requests 13, " +
            "high-water mark 2022-10-05T16:00:00Z", StringComparison.Ordinal));
        Assert.Contains("inserted", await File.ReadAllTextAsync(report), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--quiet")]
    [InlineData("--json")]
    public async Task InATerminal_QuietOrJson_DrawsNone(string flag)
    {
        var run = await SlowIngestAsync(inTerminal: true, flag);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(" of 225", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithStderrNotATerminal_DrawsNone()
    {
        var run = await SlowIngestAsync(inTerminal: false);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(HideCursor, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" of 225", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithStderrAFile_DrawsNone_TheFileHoldsLogLinesOnly()
    {
        var file = Path.GetTempFileName();
        try
        {
            Pipeline.Replay.Latency = TimeSpan.FromMilliseconds(400);
            using var process = CliProcess.StartWithStandardErrorIn(file, SmallPages, Args());
            var run = await process.WaitAsync();
            var logged = await File.ReadAllTextAsync(file);

            Assert.Equal(0, run.ExitCode);
            Assert.DoesNotContain(HideCursor, logged, StringComparison.Ordinal);
            Assert.DoesNotContain(" of 225", logged, StringComparison.Ordinal);
            Assert.Contains("WRN 18 upcoming launch(es) are dated in the past", logged, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<CliRun> SlowIngestAsync(bool inTerminal, params string[] flags)
    {
        Pipeline.Replay.Latency = TimeSpan.FromMilliseconds(400);
        using var process = inTerminal ? CliProcess.StartInTerminal(SmallPages, Args(flags)) : CliProcess.Start(SmallPages, Args(flags));
        return await process.WaitAsync();
    }

    private string[] Args(params string[] flags) =>
        ["ingest", "--api", Pipeline.Replay.BaseAddress.ToString(), "--db", Pipeline.Database.ConnectionString, .. flags];
}
