using System.Diagnostics;

namespace SpaceX.Application.Monitoring;

/// <summary>
/// The pipeline's traces, on the activity source <see cref="SourceName"/>: a run and its steps. The Host exports them over
/// OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; otherwise nothing listens and no span is made.
/// </summary>
public static class PipelineTracing
{
    public const string SourceName = "spacex";

    /// <summary>The run's id, as <c>status</c>, <c>runs</c> and the logs name it.</summary>
    public const string RunIdTag = "pipeline.run_id";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>A span for one step, a child of the current one; null when nothing listens.</summary>
    public static Activity? Step(string name) => Source.StartActivity(name);
}
