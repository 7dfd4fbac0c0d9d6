using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Cli;

/// <summary>Live progress on a terminal; none when stderr is a file or a pipe, where the logs carry a line every 5 s instead.</summary>
public sealed class ProgressTests() : PipelineTests(loadRealSnapshot: false)
{
    private const string HideCursor = "\u001b[?25l";

    // Small pages, each answered after a while: a run long enough to be drawn, page by page.
    private static readonly Dictionary<string, string> SmallPages = new() { ["SpaceXApi__PageSize"] = "50" };

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

    private async Task<CliRun> SlowIngestAsync(bool inTerminal, params string[] flags)
    {
        Pipeline.Replay.Latency = TimeSpan.FromMilliseconds(400);
        string[] args = ["ingest", "--api", Pipeline.Replay.BaseAddress.ToString(), "--db", Pipeline.Database.ConnectionString, .. flags];
        using var process = inTerminal ? CliProcess.StartInTerminal(SmallPages, args) : CliProcess.Start(SmallPages, args);
        return await process.WaitAsync();
    }
}
