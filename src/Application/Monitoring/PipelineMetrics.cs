using System.Diagnostics.Metrics;
using SpaceX.Application.Database;
using SpaceX.Domain;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Monitoring;

/// <summary>
/// The pipeline's metrics, on the meter <see cref="MeterName"/>: what each run did, the API's answers, the scheduler's
/// skipped ticks and the data's freshness. The Host exports them to Prometheus (<c>/metrics</c>, <c>--metrics-file</c>).
/// </summary>
public sealed class PipelineMetrics : IDisposable
{
    public const string MeterName = "spacex";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _runs;
    private readonly Counter<long> _launches;
    private readonly Counter<long> _rawVersions;
    private readonly Counter<long> _apiRequests;
    private readonly Counter<long> _skippedTicks;
    private readonly Counter<long> _notificationsFailed;
    private readonly Histogram<double> _runDuration;
    private DateTimeOffset? _lastSuccessAt;
    private DateTimeOffset? _highWaterMark;

    public PipelineMetrics()
    {
        _runs = _meter.CreateCounter<long>("spacex_runs_total", description: "Ingestion runs that ended, by mode and status");
        _launches = _meter.CreateCounter<long>(
            "spacex_launches_total", description: "Launches the successful runs fetched, by outcome: inserted, updated, unchanged, quarantined");
        _rawVersions = _meter.CreateCounter<long>("spacex_raw_versions_added_total", description: "Raw JSON versions the successful runs added");
        _apiRequests = _meter.CreateCounter<long>(
            "spacex_api_requests_total", description: "HTTP requests to the SpaceX API (every attempt), by status code; 'error' when no answer came");
        _skippedTicks = _meter.CreateCounter<long>(
            "spacex_scheduler_skipped_ticks_total", description: "Scheduled runs skipped because another run was in progress");
        _skippedTicks.Add(0); // exported at 0 from the start, so that rate() and alerts see it before the first skip
        _notificationsFailed = _meter.CreateCounter<long>(
            "spacex_notifications_failed_total", description: "Webhooks that still failed after their retries (the run is not affected)");
        _notificationsFailed.Add(0);
        _runDuration = _meter.CreateHistogram<double>(
            "spacex_run_duration_seconds", unit: "s", description: "How long the runs took, by mode and status",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600] });
        _meter.CreateObservableGauge(
            "spacex_last_success_timestamp_seconds", () => UnixSeconds(_lastSuccessAt), unit: "s",
            description: "When the newest successful run finished (Unix time)");
        _meter.CreateObservableGauge(
            "spacex_high_water_mark_timestamp_seconds", () => UnixSeconds(_highWaterMark), unit: "s",
            description: "The high-water mark: the date of the newest flown launch stored (Unix time)");
    }

    /// <summary>A run that ended (succeeded, failed or cancelled); dry runs are not runs.</summary>
    public void RunEnded(IngestionRun run)
    {
        var mode = new KeyValuePair<string, object?>("mode", Notation.Of(run.Mode));
        var status = new KeyValuePair<string, object?>("status", Notation.Of(run.Status));
        _runs.Add(1, mode, status);
        _runDuration.Record(((run.FinishedAt ?? run.StartedAt) - run.StartedAt).TotalSeconds, mode, status);
        if (!run.Status.IsSuccess())
        {
            return;
        }

        AddLaunches("inserted", run.Counts.Inserted);
        AddLaunches("updated", run.Counts.Updated);
        AddLaunches("unchanged", run.Counts.Unchanged);
        AddLaunches("quarantined", run.Counts.Quarantined);
        _rawVersions.Add(run.Counts.RawVersionsAdded);
        _lastSuccessAt = run.FinishedAt;
        _highWaterMark = run.HighWaterMark ?? _highWaterMark;
    }

    /// <param name="statusCode">The answer's status code; null when none came (refused, timed out, cut short).</param>
    public void ApiResponded(int? statusCode) =>
        _apiRequests.Add(1, new KeyValuePair<string, object?>("status_code", statusCode?.ToString() ?? "error"));

    public void TickSkipped() => _skippedTicks.Add(1);

    /// <summary>A webhook that still failed after its retries.</summary>
    public void NotificationFailed() => _notificationsFailed.Add(1);

    /// <summary>Takes the freshness gauges from what the database holds (a run reads it at its start; <c>serve</c> at its own).</summary>
    public void Freshness(DateTimeOffset? highWaterMark, DateTimeOffset? lastSuccessAt) =>
        (_highWaterMark, _lastSuccessAt) = (highWaterMark, lastSuccessAt);

    public void Dispose() => _meter.Dispose();

    private void AddLaunches(string outcome, int count) => _launches.Add(count, new KeyValuePair<string, object?>("outcome", outcome));

    private static IEnumerable<Measurement<double>> UnixSeconds(DateTimeOffset? moment) =>
        moment is { } at ? [new Measurement<double>(at.ToUnixTimeMilliseconds() / 1000.0)] : [];
}
