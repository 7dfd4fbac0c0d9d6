using System.Text.Json;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Monitoring;

/// <summary>OpenTelemetry over OTLP/HTTP, to a local collector: one trace per run, from the run down to its HTTP requests and SQL.</summary>
public sealed class TelemetryTests() : PipelineTests(loadRealSnapshot: false)
{
    [Fact]
    public async Task WithAnOtlpEndpoint_EachRunIsOneTrace_OfItsSteps_ItsHttpRequests_AndItsSql_AndItsLogsNameIt()
    {
        using var collector = new HttpReceiver();
        var otlp = new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Root,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        };

        var first = await IngestAsync(otlp);
        var second = await IngestAsync(otlp); // incremental: it glances first

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        var spans = collector.BodiesTo("/v1/traces").SelectMany(Otlp.Spans).ToList();
        string[] runIds =
        [
            await Pipeline.Database.ScalarAsync<string>("SELECT id::text FROM spacex.ingestion_runs ORDER BY started_at LIMIT 1") ?? "",
            await Pipeline.Database.ScalarAsync<string>("SELECT id::text FROM spacex.ingestion_runs ORDER BY started_at OFFSET 1") ?? "",
        ];
        var runs = runIds.Select(id => spans.Single(s => s.Name == "ingestion run" && s.Attributes[RunIdAttribute] == id)).ToList();
        Assert.Equal(["initial", "incremental"], runs.Select(r => r.Attributes["pipeline.mode"]));

        var initial = spans.Where(s => s.TraceId == runs[0].TraceId).ToList();
        Assert.Superset(
            new HashSet<string> { "fetch", "GET /v4/rockets", "POST /v4/launches/query page 1", "validate launches", "checks", "write", "commit" },
            initial.Select(s => s.Name).ToHashSet());
        var launchPage = initial.Single(s => s.Name == "POST /v4/launches/query page 1");
        Assert.Contains(initial, s => s.ParentSpanId == launchPage.SpanId && s.Attributes.GetValueOrDefault("http.request.method") == "POST");
        var commit = initial.Single(s => s.Name == "commit");
        Assert.Contains(initial, s => s.Scope == "Npgsql" && s.ParentSpanId == commit.SpanId);
        Assert.All(initial.Where(s => s != runs[0]), s => Assert.Contains(initial, parent => parent.SpanId == s.ParentSpanId)); // one tree

        Assert.Contains("glance", spans.Where(s => s.TraceId == runs[1].TraceId).Select(s => s.Name));

        var summary = JsonLines(first).Single(l => l.TryGetProperty("Fetched", out _));
        Assert.Equal((runs[0].TraceId, runIds[0]), (summary.GetProperty("@tr").GetString(), summary.GetProperty("RunId").GetString()));

        Assert.Contains("spacex_runs_total", collector.BodiesTo("/v1/metrics").SelectMany(Otlp.MetricNames));
    }

    [Fact]
    public async Task WithoutAnOtlpEndpoint_NoLogLineCarriesATrace()
    {
        var run = await IngestAsync(new Dictionary<string, string>());

        Assert.Equal(0, run.ExitCode);
        Assert.All(JsonLines(run), line => Assert.False(line.TryGetProperty("@tr", out _), line.ToString()));
    }

    private const string RunIdAttribute = "pipeline.run_id";

    private async Task<CliRun> IngestAsync(IReadOnlyDictionary<string, string> environment)
    {
        using var process = CliProcess.Start(
            environment, "ingest", "--api", Pipeline.SnapshotDirectory, "--db", Pipeline.Database.ConnectionString, "--log-format", "json");
        return await process.WaitAsync(TimeSpan.FromSeconds(90));
    }

    private static IEnumerable<JsonElement> JsonLines(CliRun run) => run.ErrorLines.Select(line => JsonDocument.Parse(line).RootElement);
}
