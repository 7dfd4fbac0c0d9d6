using System.Text.Json;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Cli;

/// <summary><c>status</c> for a monitor: JSON, and an exit code for each state a run history can be in.</summary>
public sealed class StatusVerbTests() : DatabaseTests(migrated: true)
{
    [Theory]
    [InlineData("healthy", 0, "succeeded:10m")]
    [InlineData("last_run_failed", 1, "succeeded:2h", "failed:10m")]
    [InlineData("last_run_failed", 1, "succeeded:2h", "abandoned:10m")]
    [InlineData("stale", 3, "succeeded:3h")]
    [InlineData("running_too_long", 4, "succeeded:2h", "running:90m")]
    [InlineData("healthy", 0, "succeeded:20m", "running:5m")]
    [InlineData("healthy", 0, "succeeded:2h", "cancelled:10m", "succeeded:30m")]
    public async Task Status_AsJson_GivesTheHealthAndItsExitCode(string health, int exitCode, params string[] runs)
    {
        foreach (var run in runs)
        {
            await InsertRunAsync(run);
        }

        var result = await CliRun.InvokeAsync("status", "--format", "json", "--max-age", "150m", "--max-running", "1h", "--db", Database.ConnectionString);

        Assert.Equal(exitCode, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(health, json.RootElement.GetProperty("health").GetString());
        Assert.Equal(runs.Length, json.RootElement.GetProperty("last_runs").GetArrayLength());
    }

    [Fact]
    public async Task Status_WithoutLimits_IsNeverStale()
    {
        await InsertRunAsync("succeeded:30d");

        var result = await CliRun.InvokeAsync("status", "--db", Database.ConnectionString);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Health:          healthy", result.Output);
    }

    /// <summary>A run row: <c>status:age</c>, the age being how long ago it started (and finished, unless running).</summary>
    private async Task InsertRunAsync(string run)
    {
        var (status, age) = (run.Split(':')[0], run.Split(':')[1]);
        var interval = age.Replace("m", " minutes").Replace("h", " hours").Replace("d", " days");
        var finished = status == "running" ? "NULL" : $"now() - interval '{interval}'";
        await Database.ExecuteAsync(
            "INSERT INTO spacex.ingestion_runs (id, mode, status, started_at, finished_at, fetched, inserted, updated, unchanged, quarantined, " +
            $"related_quarantined, raw_versions_added, http_requests) VALUES (gen_random_uuid(), 'incremental', '{status}', " +
            $"now() - interval '{interval}' - interval '1 second', {finished}, 0, 0, 0, 0, 0, 0, 0, 0)");
    }
}
