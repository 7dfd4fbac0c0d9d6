using System.Text.Json;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Cli;

/// <summary><c>runs list</c>, <c>runs show</c> and <c>quarantine list</c> over runs the pipeline made.</summary>
public sealed class RunsVerbTests() : PipelineTests(loadRealSnapshot: false)
{
    private const string FalconSat = "5eb87cd9ffd86e000604b32a";

    [Fact]
    public async Task RunsListAndShow_TellWhatEachRunDidAndRefused()
    {
        Pipeline.Snapshot.Edit("launches", FalconSat, l => l["success"] = "false");
        var first = await Pipeline.IngestAsync();
        var second = await Pipeline.IngestAsync();

        var list = await Cli("runs", "list", "--format", "json");
        var show = await Cli("runs", "show", first.RunId.ToString(), "--format", "json");
        var quarantine = await Cli("quarantine", "list", "--run", second.RunId.ToString(), "--format", "csv");

        var runs = JsonDocument.Parse(list.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal([second.RunId.ToString(), first.RunId.ToString()], runs.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(["incremental", "initial"], runs.Select(r => r.GetProperty("mode").GetString()));
        Assert.Equal(204, runs[1].GetProperty("inserted").GetInt32());
        var details = JsonDocument.Parse(show.Output).RootElement;
        Assert.Equal("succeeded_with_warnings", details.GetProperty("run").GetProperty("status").GetString());
        var refused = Assert.Single(details.GetProperty("quarantined").EnumerateArray());
        Assert.Equal(FalconSat, refused.GetProperty("record_id").GetString());
        Assert.Equal("success: expected true or false, got the string \"false\"", refused.GetProperty("reasons").GetString());
        Assert.Contains($"launch,{FalconSat},", quarantine.Output);
        var quarantineJson = await Cli("quarantine", "list", "--run", first.RunId.ToString(), "--format", "json");
        var entry = Assert.Single(JsonDocument.Parse(quarantineJson.Output).RootElement.EnumerateArray());
        Assert.Equal((FalconSat, "launch"), (entry.GetProperty("record_id").GetString(), entry.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task RunsShow_UnknownRun_IsOneLineAndExitTwo()
    {
        var run = await CliRun.InvokeAsync("runs", "show", Guid.Empty.ToString(), "--db", Pipeline.Database.ConnectionString);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"error: no run has the id {Guid.Empty}"], run.ErrorLines);
    }

    private async Task<CliRun> Cli(params string[] args)
    {
        var run = await CliRun.InvokeAsync([.. args, "--db", Pipeline.Database.ConnectionString]);
        Assert.Equal(0, run.ExitCode);
        return run;
    }
}
