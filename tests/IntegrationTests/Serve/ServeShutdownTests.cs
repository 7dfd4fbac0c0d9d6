using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Serve;

/// <summary>Stopping <c>serve</c> in the middle of a slow run: politely (SIGTERM) and not (kill -9).</summary>
public sealed class ServeShutdownTests() : PipelineTests(loadRealSnapshot: true)
{
    private const string RunStatuses = "SELECT string_agg(status, ' ' ORDER BY started_at) FROM spacex.ingestion_runs";

    [Fact]
    public async Task Sigterm_DuringASlowRun_ExitsZero_RollsItBack_AndTheNextStartSucceeds()
    {
        Pipeline.Snapshot.Edit("launches", "62dd70d5202306255024d139", l => l["name"] = "Crew-5 renamed");
        Pipeline.Replay.Latency = TimeSpan.FromSeconds(5);
        var before = await Pipeline.DataFingerprintAsync();
        using (var serve = ServeProcess.Start(Pipeline, "--every", "1h"))
        {
            await Poll.UntilRunsAsync(Pipeline.Database, "running", 1);
            serve.Process.Signal("TERM");
            var stopped = await serve.Process.WaitAsync(TimeSpan.FromSeconds(40));

            Assert.Equal(0, stopped.ExitCode);
            Assert.Contains("INF Stopping: SIGTERM received; the run in flight, if any, is cancelled and rolled back", stopped.Error, StringComparison.Ordinal);
            Assert.Contains("the run in flight was cancelled", stopped.Error, StringComparison.Ordinal);
            Assert.EndsWith(" INF Stopped", stopped.Error.TrimEnd(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await Pipeline.DataFingerprintAsync());
        Assert.Equal("succeeded cancelled", await Pipeline.Database.ScalarAsync<string>(RunStatuses));

        Pipeline.Replay.Latency = TimeSpan.Zero;
        using var restarted = ServeProcess.Start(Pipeline, "--every", "1h");
        await Poll.UntilRunsAsync(Pipeline.Database, "succeeded", 2);
        restarted.Process.Signal("TERM");
        Assert.Equal(0, (await restarted.Process.WaitAsync(TimeSpan.FromSeconds(40))).ExitCode);
        Assert.Equal("Crew-5 renamed", await Pipeline.Database.ScalarAsync<string>("SELECT name FROM spacex.launches WHERE id = '62dd70d5202306255024d139'"));
    }

    [Fact]
    public async Task Kill9_DuringARun_LeavesARunningRow_ThatTheNextStartMarksAbandoned()
    {
        Pipeline.Replay.Latency = TimeSpan.FromSeconds(5);
        using (var serve = ServeProcess.Start(Pipeline, "--every", "1h"))
        {
            await Poll.UntilRunsAsync(Pipeline.Database, "running", 1);
            serve.Process.KillHard();
            await serve.Process.WaitAsync(TimeSpan.FromSeconds(10));
        }

        await Poll.UntilLocksReleasedAsync(Pipeline.Database);

        Assert.Equal("succeeded running", await Pipeline.Database.ScalarAsync<string>(RunStatuses));

        Pipeline.Replay.Latency = TimeSpan.Zero;
        using var restarted = ServeProcess.Start(Pipeline, "--every", "1h");
        await Poll.UntilRunsAsync(Pipeline.Database, "succeeded", 2);
        var status = await restarted.GetTextAsync("/api/status");
        restarted.Process.Signal("TERM");
        await restarted.Process.WaitAsync(TimeSpan.FromSeconds(40));

        Assert.Equal("succeeded abandoned succeeded", await Pipeline.Database.ScalarAsync<string>(RunStatuses));
        Assert.Contains("\"status\": \"abandoned\"", status, StringComparison.Ordinal);
    }
}
