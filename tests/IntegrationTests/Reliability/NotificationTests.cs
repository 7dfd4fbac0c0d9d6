using System.Diagnostics;
using System.Net;
using System.Text.Json;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Reliability;

/// <summary>Webhooks: told once per change of state, in the documented body, never at the run's expense, never named by URL.</summary>
public sealed class NotificationTests() : PipelineTests(loadRealSnapshot: false)
{
    private const string Refused = "http://127.0.0.1:1/";

    /// <summary>A refused API gives up at once: the webhooks are what is timed here.</summary>
    private static readonly Dictionary<string, string> QuickRetries = new() { ["SpaceXApi__MaxRetries"] = "1", ["SpaceXApi__RetryDelay"] = "00:00:00.050" };

    [Fact]
    public async Task AFailure_IsToldOnce_AndTheRecoveryOnce_InTheDocumentedBody_WithoutTheUrlInAnyOutput()
    {
        using var hook = new HttpReceiver();

        var runs = new[]
        {
            await IngestAsync(Refused, hook.Url),
            await IngestAsync(Refused, hook.Url), // still failing: nothing new to say
            await IngestAsync(Pipeline.SnapshotDirectory, hook.Url),
            await IngestAsync(Pipeline.SnapshotDirectory, hook.Url), // still fine
        };

        Assert.Equal([1, 1, 0, 0], runs.Select(r => r.ExitCode));
        var events = hook.Bodies.Select(b => JsonDocument.Parse(b).RootElement).ToList();
        Assert.Equal(["failed", "recovered"], events.Select(e => e.GetProperty("event").GetString()));
        Assert.Equal(
            ["event", "run_id", "mode", "status", "counts", "message", "at"],
            events[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("initial", "succeeded", 205), (
            events[1].GetProperty("mode").GetString(), events[1].GetProperty("status").GetString(),
            events[1].GetProperty("counts").GetProperty("inserted").GetInt32()));
        Assert.Contains($" at {Refused}: cannot connect (Connection refused)", events[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, events[0].GetProperty("counts").ValueKind);
        Assert.All(runs, r => Assert.DoesNotContain("secret-token", r.Output + r.Error, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(null)] // never answers
    public async Task AWebhookThatFails_ChangesNothingInTheRun_AndGivesUpWithinItsBound(HttpStatusCode? answer)
    {
        using var hook = new HttpReceiver(answer);
        var metrics = Path.GetTempFileName();
        try
        {
            var clock = Stopwatch.StartNew();
            var run = await IngestAsync(Refused, hook.Url, "--metrics-file", metrics);
            clock.Stop();

            Assert.Equal(1, run.ExitCode);
            Assert.Equal("failed", await Pipeline.Database.ScalarAsync<string>("SELECT status FROM spacex.ingestion_runs"));
            Assert.InRange(hook.Bodies.Count, 1, 3); // retried, a few times at most
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(40), $"the run took {clock.Elapsed} with a webhook that fails");
            Assert.Contains("Webhook 1 was not told failed: ", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("secret-token", run.Output + run.Error, StringComparison.Ordinal);
            Assert.Contains("spacex_notifications_failed_total 1", await File.ReadAllTextAsync(metrics), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(metrics);
        }
    }

    [Fact]
    public async Task TheSlackFormat_IsTheShapeASlackIncomingWebhookTakes()
    {
        using var hook = new HttpReceiver();

        await IngestAsync(Refused, $"slack:{hook.Url}");

        var body = JsonDocument.Parse(hook.Bodies.Single()).RootElement;
        Assert.Equal(["text"], body.EnumerateObject().Select(p => p.Name));
        Assert.StartsWith("SpaceX pipeline: failed: ", body.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains($" at {Refused}: cannot connect (Connection refused)", body.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The CLI as a process of its own: its logs, on its standard error, are what an operator sees.</summary>
    private async Task<CliRun> IngestAsync(string api, string webhook, params string[] more)
    {
        using var process = CliProcess.Start(QuickRetries, ["ingest", "--api", api, "--notify", webhook, "--db", Pipeline.Database.ConnectionString, .. more]);
        return await process.WaitAsync(TimeSpan.FromSeconds(90));
    }
}
