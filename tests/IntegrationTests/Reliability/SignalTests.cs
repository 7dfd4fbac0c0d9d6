using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Reliability;

/// <summary>SIGTERM or SIGINT during a slow run: the run rolls back, is recorded as cancelled, and the CLI says so in one line.</summary>
public sealed class SignalTests() : PipelineTests(loadRealSnapshot: true)
{
    [SkippableTheory]
    [InlineData("TERM", 143, "SIGTERM")]
    [InlineData("INT", 130, "SIGINT")]
    public async Task Signal_DuringASlowRun_CancelsIt_RecordsItAsCancelled_AndWritesNothing(string signal, int exitCode, string name)
    {
        // A process started in the background by a shell ignores SIGINT, and so do its children: the CLI rightly too.
        Skip.If(signal == "INT" && IgnoresSigint(), "this test process ignores SIGINT (started in the background): run it in the foreground");
        Pipeline.Snapshot.Edit("launches", "62dd70d5202306255024d139", l => l["name"] = "Crew-5 renamed");
        Pipeline.Replay.Latency = TimeSpan.FromSeconds(5);
        var before = await Pipeline.DataFingerprintAsync();
        using var process = CliProcess.Start("ingest", "--api", Pipeline.Replay.BaseAddress.ToString(), "--db", Pipeline.Database.ConnectionString);
        await Poll.UntilRunsAsync(Pipeline.Database, "running", 1);

        process.Signal(signal);
        var run = await process.WaitAsync(TimeSpan.FromSeconds(30));
        var status = await CliRun.InvokeAsync("status", "--db", Pipeline.Database.ConnectionString);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Equal([$"error: stopped by {name}; what was not committed was rolled back"], run.ErrorLines);
        Assert.Equal(before, await Pipeline.DataFingerprintAsync());
        Assert.Equal("succeeded cancelled", await Pipeline.Database.ScalarAsync<string>(
            "SELECT string_agg(status, ' ' ORDER BY started_at) FROM spacex.ingestion_runs"));
        Assert.Equal(0, status.ExitCode);
        Assert.DoesNotContain("Running", status.Output, StringComparison.Ordinal);
    }

    /// <summary>Whether SIGINT (2) is in this process's ignored signals, as <c>/proc/self/status</c> lists them.</summary>
    private static bool IgnoresSigint() =>
        File.ReadLines("/proc/self/status").Where(l => l.StartsWith("SigIgn:", StringComparison.Ordinal))
            .Select(l => Convert.ToUInt64(l["SigIgn:".Length..].Trim(), 16)).Any(mask => (mask & (1UL << 1)) != 0);
}
