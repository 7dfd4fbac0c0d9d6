using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace SpaceX.IntegrationTests.Support;

/// <summary>
/// The Prometheus text exposition format read by the Prometheus project's own parser (its Python client,
/// Debian's python3-prometheus-client, which .ci/run installs): what a scrape would see.
/// </summary>
public sealed class PrometheusText
{
    private const string ParserScript = """
        import json, sys
        from prometheus_client.parser import text_string_to_metric_families
        samples = []
        for family in text_string_to_metric_families(sys.stdin.read()):
            for s in family.samples:
                samples.append({"name": s.name, "type": family.type, "labels": s.labels, "value": s.value})
        print(json.dumps(samples))
        """;

    private readonly List<Sample> _samples;

    private PrometheusText(List<Sample> samples) => _samples = samples;

    public sealed record Sample(string Name, string Type, Dictionary<string, string> Labels, double Value);

    public IReadOnlyList<Sample> Samples => _samples;

    /// <summary>Skips the test when the parser is not installed.</summary>
    public static async Task<PrometheusText> ParseAsync(string text)
    {
        SystemTool.PrometheusClient.Require();
        var start = new ProcessStartInfo("/usr/bin/python3", ["-c", ParserScript])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var python = Process.Start(start)!;
        await python.StandardInput.WriteAsync(text);
        python.StandardInput.Close();
        var output = await python.StandardOutput.ReadToEndAsync();
        var error = await python.StandardError.ReadToEndAsync();
        await python.WaitForExitAsync();
        Assert.True(python.ExitCode == 0, $"the Prometheus parser refused the text: {error}\n{text}");
        return new PrometheusText(JsonSerializer.Deserialize<List<Sample>>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!);
    }

    /// <summary>The value of the one sample with this name and these labels (others ignored); null when there is none.</summary>
    public double? Value(string name, params (string Label, string Value)[] labels) =>
        _samples.SingleOrDefault(s => s.Name == name && labels.All(l => s.Labels.GetValueOrDefault(l.Label) == l.Value))?.Value;

    /// <summary>The sum of the samples with this name (a counter over all its labels).</summary>
    public double Sum(string name) => _samples.Where(s => s.Name == name).Sum(s => s.Value);

    public string TypeOf(string family) =>
        _samples.First(s => s.Name.StartsWith(family, StringComparison.Ordinal)).Type;

    public override string ToString() =>
        string.Join("\n", _samples.Select(s => $"{s.Name}{{{string.Join(",", s.Labels.Select(l => $"{l.Key}={l.Value}"))}}} {s.Value.ToString(CultureInfo.InvariantCulture)}"));
}
