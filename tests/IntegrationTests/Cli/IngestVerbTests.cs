using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Cli;

public sealed class IngestVerbTests() : DatabaseTests(migrated: false)
{
    [Fact]
    public async Task Ingest_SnapshotDirectory_LoadsItOfflineAndPrintsTheReport()
    {
        var first = await CliRun.InvokeAsync("ingest", "--api", Pipeline.SnapshotDirectory, "--db", Database.ConnectionString);
        var second = await CliRun.InvokeAsync("ingest", "--api", Pipeline.SnapshotDirectory, "--db", Database.ConnectionString, "--json");

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"inserted\s+│\s+205", first.Output);
        Assert.Contains("High-water mark: none -> 2022-10-05T16:00:00Z", first.Output);
        Assert.Equal(0, second.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(second.Output);
        Assert.Equal("incremental", json.RootElement.GetProperty("mode").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("counts").GetProperty("inserted").GetInt32());
        Assert.InRange(json.RootElement.GetProperty("http_requests").GetInt32(), 1, 6);
    }

    [Theory]
    [InlineData("--from", "2020-02-30")]
    [InlineData("--lookback", "many")]
    [InlineData("--full-refresh", "--from", "2020-01-01")]
    [InlineData("--from", "2021-01-01", "--to", "2020-01-01")]
    [InlineData("--lookback", "-5")]
    [InlineData("--api", "/no/such/snapshot")]
    [InlineData("--bogus")]
    public async Task Ingest_BadInput_OneLineAndExitTwo(params string[] args)
    {
        var run = await CliRun.InvokeAsync(["ingest", "--db", Database.ConnectionString, .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("error:", run.Error);
    }

    /// <summary>
    /// The first connection to a configured database opens in the background as the CLI starts; refused input and
    /// --help end the verb at once all the same, not when that connection gives up (PostgresDatabaseTests holds the
    /// moment in the handshake that once kept it waiting).
    /// </summary>
    [Theory]
    [InlineData(2, "--lookback", "-5")]
    [InlineData(0, "--help")]
    public async Task Ingest_BadInputOrHelp_WithADatabaseThatNeverAnswers_EndsAtOnce(int exitCode, params string[] args)
    {
        using var silent = new SilentServer();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var run = await CliRun.InvokeAsync(["ingest", "--db", silent.ConnectionString(timeoutSeconds: 120), .. args]);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Equal(exitCode == 0 ? [] : ["error: --lookback must be between 0 and 3650 days"], run.ErrorLines);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"ended after {clock.Elapsed}");
    }

    [Fact]
    public async Task Replay_UnreadableSnapshot_OneLineAndExitTwo()
    {
        var run = await CliRun.InvokeAsync("replay", "--data", "/no/such/snapshot", "--port", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: The snapshot directory /no/such/snapshot does not exist.", run.ErrorLines.Single());
    }
}
