using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Notifications;

/// <summary>Something a person should hear about, as a webhook says it.</summary>
/// <param name="Message">What happened, in words (the error, or the warning).</param>
public sealed record RunEvent(
    RunEventKind Kind, Guid? RunId, IngestionMode? Mode, RunStatus? Status, RunCounts? Counts, string Message, DateTimeOffset At);

/// <summary>What a webhook is sent for; each once per change of state, not once per run or tick.</summary>
public enum RunEventKind
{
    /// <summary>A run failed after one that had not.</summary>
    Failed,

    /// <summary>A run succeeded after one that failed.</summary>
    Recovered,

    /// <summary>The source's documents changed shape.</summary>
    Drift,

    /// <summary>A run quarantined records the last successful run had not.</summary>
    Quarantined,

    /// <summary>Launches the API no longer serves were marked removed.</summary>
    Removed,

    /// <summary><c>serve</c>: no run has succeeded within its maximum age.</summary>
    Stale,
}
