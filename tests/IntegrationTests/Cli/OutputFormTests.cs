using System.Text.Json;
using System.Text.RegularExpressions;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Cli;

/// <summary>
/// One way to write a mode, a status, a moment and a count in every output, and tables that fit the terminal they are
/// printed to (the narrow form when a table is wider), never wrapped.
/// </summary>
public sealed partial class OutputFormTests() : PipelineTests(loadRealSnapshot: true)
{
    [Fact]
    public async Task StatusRunsAndJson_WriteModesStatusesAndMomentsAlike()
    {
        var status = await Cli("status");
        var list = await Cli("runs", "list", "--format", "json");

        Assert.Contains("High-water mark: 2022-10-05T16:00:00Z", status.Output, StringComparison.Ordinal);
        Assert.Matches(@"│ initial +│ succeeded +│ +\d+(\.\d+)? │ +205 │ +205 │", status.Output); // numbers to the right
        var run = JsonDocument.Parse(list.Output).RootElement[0];
        Assert.Equal("initial", run.GetProperty("mode").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$", run.GetProperty("started_at").GetString());
        Assert.Equal("2022-10-05T16:00:00Z", run.GetProperty("high_water_mark").GetString());
    }

    [Fact]
    public async Task Ingest_PrintsEachWarningOnce_InTheLog()
    {
        using var process = CliProcess.Start("ingest", "--full-refresh", "--api", Pipeline.Replay.BaseAddress.ToString(), "--db", Pipeline.Database.ConnectionString);
        var run = await process.WaitAsync();

        Assert.Equal(0, run.ExitCode);
        const string Warning = "18 upcoming launch(es) are dated in the past";
        Assert.Single(Regex.Matches(run.Output + run.Error, Regex.Escape(Warning)));
        Assert.Contains("Warnings: 1, in the log and in spacex runs show", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(80, "runs", "list")]
    [InlineData(80, "status")]
    [InlineData(80, "report", "performance")]
    [InlineData(230, "report", "trend")]
    [InlineData(230, "runs", "list")]
    public async Task ATable_FitsTheTerminal_EachValueWhole(int columns, params string[] verb)
    {
        await Pipeline.IngestAsync(new(FullRefresh: true));
        using var process = CliProcess.Start(new Dictionary<string, string> { ["COLUMNS"] = $"{columns}" }, [.. verb, "--db", Pipeline.Database.ConnectionString]);
        var run = await process.WaitAsync();

        Assert.Equal(0, run.ExitCode);
        var tables = run.Output.Split('\n').Where(line => line.Length > 0 && "┌│├└".Contains(line[0], StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(tables);
        Assert.All(tables, line => Assert.True(line.Length <= columns, $"{line.Length} columns: {line}"));
        foreach (var moment in Moment().Matches(run.Output).Select(m => m.Value)) // a moment is never cut
        {
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", moment);
        }
    }

    [GeneratedRegex(@"\d{4}-\d\d-[\dT:Z]+")]
    private static partial Regex Moment();

    private async Task<CliRun> Cli(params string[] args)
    {
        var run = await CliRun.InvokeAsync([.. args, "--db", Pipeline.Database.ConnectionString]);
        Assert.Equal(0, run.ExitCode);
        return run;
    }
}
