using System.Text.Json;
using System.Text.Json.Nodes;
using PuppeteerSharp;
using SpaceX.Application.Aggregations.RecomputeAggregations;
using SpaceX.Application.Analytics.Reports;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Dashboard;

/// <summary>
/// The dashboard in a real browser, from <c>report html</c> (file://) and from <c>serve</c> (http://): it loads with
/// no console error and no failed request, draws every chart, and each chart was given the report's numbers.
/// </summary>
public sealed class DashboardBrowserTests() : PipelineTests(loadRealSnapshot: true)
{
    /// <summary>Per chart: the report it draws and the fields of its datasets, in order (every charted report of the catalog, then the runs).</summary>
    private static readonly (string Chart, string[] Report, string[] Fields)[] Charts =
    [
        .. ReportCatalog.All.Where(r => r.Chart is not null).Select(r => (
            r.Name,
            r.Chart!.Top is { } top ? new[] { "report", r.Name, "--top", $"{top}" } : ["report", r.Name],
            r.Chart.Series.Select(s => s.Column).ToArray())),
        ("runs", ["runs", "list", "--limit", "10"], ["inserted", "updated", "quarantined", "seconds"]),
    ];

    [SkippableFact]
    public async Task ReportHtml_OpenedFromAFile_DrawsEveryChartWithTheReportsNumbers()
    {
        await AddHistoryAsync();
        var file = Path.Combine(Path.GetTempPath(), $"spacex-dashboard-{Guid.NewGuid():N}.html");
        try
        {
            var written = await CliRun.InvokeAsync("report", "html", "--out", file, "--db", Pipeline.Database.ConnectionString);
            Assert.Equal(0, written.ExitCode);

            await CheckPageAsync(new Uri(file).AbsoluteUri, "dashboard-file");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [SkippableFact]
    public async Task Serve_AnswersTheSamePage_Live()
    {
        await AddHistoryAsync();
        using var serve = ServeProcess.Start(Pipeline, "--cron", "0 0 1 1 *"); // no run while the test looks
        await serve.GetTextAsync("/healthz");

        await CheckPageAsync(new Uri(serve.BaseAddress, "/").AbsoluteUri, "dashboard-serve");

        serve.Process.Signal("TERM");
        Assert.Equal(0, (await serve.Process.WaitAsync(TimeSpan.FromSeconds(40))).ExitCode);
    }

    [SkippableFact]
    public async Task Serve_HeadsThePageWithItsHealthInWords_AndEachRunOpensOntoItsDetails()
    {
        Pipeline.Replay.Faults.Add(ApiReplay.Faults.FaultRule.Parse("403x*"));
        await Assert.ThrowsAnyAsync<Exception>(() => Pipeline.IngestAsync()); // the newest run failed: the service is failing
        Pipeline.Replay.Faults.Clear();
        using var serve = ServeProcess.Start(Pipeline, "--cron", "0 0 1 1 *");
        await serve.GetTextAsync("/healthz");
        await using var browser = await SystemChromium.LaunchAsync();
        await using var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });

        await page.GoToAsync(new Uri(serve.BaseAddress, "/").AbsoluteUri, WaitUntilNavigation.Load);
        await page.ClickAsync("details.run summary"); // the newest run

        Assert.Equal(
            ["\u2716 Failing", "the last run failed"],
            await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#health span')].map(s => s.textContent)"));
        var summary = await page.EvaluateExpressionAsync<string>("document.getElementById('summary').textContent");
        Assert.Contains("next run 2027-01-01 00:00 UTC", summary, StringComparison.Ordinal);
        Assert.Contains(", reloads every 60 s", summary, StringComparison.Ordinal);
        var runs = await page.EvaluateExpressionAsync<JsonElement>(
            "[...document.querySelectorAll('details.run')].map(d => ({ open: d.open, status: d.querySelector('.status').textContent, text: d.innerText }))");
        Assert.Equal(["\u2716 failed", "\u2713 succeeded"], runs.EnumerateArray().Select(r => r.GetProperty("status").GetString()));
        Assert.Equal([true, false], runs.EnumerateArray().Select(r => r.GetProperty("open").GetBoolean()));
        var failed = runs[0].GetProperty("text").GetString()!;
        Assert.Contains("Error\n", failed, StringComparison.Ordinal);
        Assert.Contains("the API answered HTTP 403 (Forbidden)", failed, StringComparison.Ordinal);
        Assert.Contains("Steps\n", failed, StringComparison.Ordinal);
        await page.ScreenshotAsync(SystemChromium.ScreenshotPath("dashboard-run-details.png"));

        serve.Process.Signal("TERM");
        Assert.Equal(0, (await serve.Process.WaitAsync(TimeSpan.FromSeconds(40))).ExitCode);
    }

    private async Task CheckPageAsync(string url, string name)
    {
        await using var browser = await SystemChromium.LaunchAsync();
        await using var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                problems.Add($"console: {e.Message.Text}");
            }
        };
        page.PageError += (_, e) => problems.Add($"page error: {e.Message}");
        page.RequestFailed += (_, e) => problems.Add($"request failed: {e.Request.Url}");
        page.Response += (_, e) =>
        {
            if ((int)e.Response.Status >= 400)
            {
                problems.Add($"HTTP {(int)e.Response.Status}: {e.Response.Url}");
            }
        };

        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });
            await page.GoToAsync(url, WaitUntilNavigation.Load);

            Assert.Empty(problems);
            var canvases = await page.EvaluateExpressionAsync<JsonElement>(
                "Array.from(document.querySelectorAll('canvas')).map(c => ({ id: c.id, width: c.clientWidth, height: c.clientHeight }))");
            Assert.Equal(Charts.Select(c => c.Chart), canvases.EnumerateArray().Select(c => c.GetProperty("id").GetString()));
            Assert.All(canvases.EnumerateArray(), c => Assert.True(c.GetProperty("width").GetInt32() > 0 && c.GetProperty("height").GetInt32() > 0, c.ToString()));
            Assert.True(
                await page.EvaluateExpressionAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
                $"the page scrolls sideways at {width} px");
            await page.ScreenshotAsync(SystemChromium.ScreenshotPath($"{name}-{width}.png"), new ScreenshotOptions { FullPage = true });
        }

        foreach (var (chart, report, fields) in Charts)
        {
            var given = await page.EvaluateExpressionAsync<JsonElement>($"window.dashboard.charts['{chart}'].data.datasets.map(d => d.data)");
            Assert.Equal(await ExpectedAsync(report, fields, reversed: chart == "runs"), JsonSerializer.Serialize(given));
        }
    }

    /// <summary>The report's JSON, as the CLI prints it, as the datasets of its chart: one array of numbers per field.</summary>
    private async Task<string> ExpectedAsync(string[] report, string[] fields, bool reversed)
    {
        var run = await CliRun.InvokeAsync([.. report, "--format", "json", "--db", Pipeline.Database.ConnectionString]);
        Assert.Equal(0, run.ExitCode);
        var rows = JsonNode.Parse(run.Output)!.AsArray().Select(r => r!.AsObject()).ToList();
        if (reversed)
        {
            rows.Reverse(); // oldest first on the chart
        }

        return JsonSerializer.Serialize(fields.Select(f => rows.Select(r => r[f]?.GetValue<double>()).ToList()));
    }

    /// <summary>A second snapshot in the trend: a launch's outcome unknown, then a manual snapshot.</summary>
    private async Task AddHistoryAsync()
    {
        Pipeline.Snapshot.Edit("launches", "62dd70d5202306255024d139", l => l["success"] = null);
        await Pipeline.IngestAsync();
        await Pipeline.SendAsync(new RecomputeAggregationsCommand());
    }
}
