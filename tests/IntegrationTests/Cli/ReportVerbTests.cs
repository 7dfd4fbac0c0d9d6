using System.Text.Json;
using SpaceX.IntegrationTests.Analytics;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Cli;

public sealed class ReportVerbTests(LoadedSnapshot loaded) : IClassFixture<LoadedSnapshot>
{
    private string Db => loaded.Pipeline.Database.ConnectionString;

    [Fact]
    public async Task Payloads_Json_IsAnArrayKeyedByTheColumnNames()
    {
        var run = await CliRun.InvokeAsync("report", "payloads", "--top", "3", "--format", "json", "--db", Db);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(3, json.RootElement.GetArrayLength());
        Assert.Equal(
            ["launch_id", "name", "date_utc", "total_payload_mass_kg", "success", "launchpad"],
            json.RootElement[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(15712m, json.RootElement[0].GetProperty("total_payload_mass_kg").GetDecimal());
    }

    [Fact]
    public async Task Performance_Csv_HasAHeaderAndOneLinePerYear()
    {
        var run = await CliRun.InvokeAsync("report", "performance", "--from", "2020", "--to", "2022", "--format", "csv", "--db", Db);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("year,launches,successes,failures,upcoming,success_rate", lines[0]);
        Assert.Equal(["2020", "2021", "2022"], lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public async Task Sites_Table_NamesTheLaunchpads()
    {
        var run = await CliRun.InvokeAsync("report", "sites", "--db", Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Kwajalein Atoll", run.Output);
    }

    [Fact]
    public async Task Aggregate_PrintsAManualSnapshot()
    {
        var run = await CliRun.InvokeAsync("aggregate", "--format", "json", "--db", Db);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("manual", json.RootElement[0].GetProperty("snapshot_type").GetString());
        Assert.Equal(205, json.RootElement[0].GetProperty("total_launches").GetInt32());
    }

    [Theory]
    [InlineData("report", "payloads", "--top", "0")]
    [InlineData("report", "payloads", "--top", "101")]
    [InlineData("report", "performance", "--from", "2030", "--to", "2020")]
    [InlineData("report", "rockets")]
    [InlineData("report", "performance", "--format", "xml")]
    [InlineData("report", "sites", "--top", "3")]
    [InlineData("report", "payloads", "--from", "2020")]
    [InlineData("report", "performance", "--from", "twenty")]
    public async Task BadInput_OneLineAndExitTwo(params string[] args)
    {
        var run = await CliRun.InvokeAsync([.. args, "--db", Db]);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("error:", run.Error);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("/no/such/dir/x.html", "names a file in /no/such/dir, which does not exist")]
    [InlineData("/tmp", "is a folder: give the file to write in it, such as dashboard.html")]
    [InlineData("", "is empty: give the file to write, such as dashboard.html")]
    public async Task ReportHtml_AnOutThatCannotBeWritten_IsExitTwoInWords(string file, string why)
    {
        var run = await CliRun.InvokeAsync("report", "html", "--out", file, "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"error: --out '{file}' {why}."], run.ErrorLines);
    }
}
