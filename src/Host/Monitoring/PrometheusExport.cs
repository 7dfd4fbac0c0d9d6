using System.Diagnostics.Metrics;
using Prometheus;
using SpaceX.Application.Monitoring;

namespace SpaceX.Host.Monitoring;

/// <summary>
/// The pipeline's meter in the Prometheus text format, through prometheus-net: a listener feeds each measurement to
/// the prometheus-net metric of the same name, counters as counters. (prometheus-net's own MeterAdapter publishes
/// .NET counters as gauges and prefixes the meter's name, which would break <c>rate()</c> and the names.)
/// </summary>
public sealed class PrometheusExport : IDisposable
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly CollectorRegistry _registry = Metrics.NewCustomRegistry();
    private readonly IMetricFactory _factory;
    private readonly MeterListener _listener = new();

    public PrometheusExport()
    {
        _factory = Metrics.WithCustomRegistry(_registry);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == PipelineMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
        _registry.AddBeforeCollectCallback(_listener.RecordObservableInstruments);
    }

    public Task WriteAsync(Stream destination, CancellationToken cancellationToken) =>
        _registry.CollectAndExportAsTextAsync(destination, cancellationToken);

    /// <summary>Writes a temporary file beside <paramref name="path"/>, then renames it: a reader sees the old file or the new one.</summary>
    public async Task WriteFileAsync(string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var temporary = $"{full}.{Environment.ProcessId}.tmp";
        try
        {
            await using (var file = File.Create(temporary))
            {
                await WriteAsync(file, cancellationToken);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var names = new string[tags.Length];
        var values = new string[tags.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            names[i] = tags[i].Key;
            values[i] = tags[i].Value?.ToString() ?? "";
        }

        switch (instrument)
        {
            case Counter<long>:
                _factory.CreateCounter(instrument.Name, instrument.Description ?? "", names).WithLabels(values).Inc(value);
                break;
            case Histogram<double> histogram:
                var configuration = new HistogramConfiguration
                {
                    LabelNames = names, Buckets = histogram.Advice?.HistogramBucketBoundaries?.ToArray(),
                };
                _factory.CreateHistogram(instrument.Name, instrument.Description ?? "", configuration).WithLabels(values).Observe(value);
                break;
            default: // the observable gauges
                _factory.CreateGauge(instrument.Name, instrument.Description ?? "", names).WithLabels(values).Set(value);
                break;
        }
    }
}
