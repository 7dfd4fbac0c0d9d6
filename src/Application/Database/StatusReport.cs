using SpaceX.Application.Runs;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Database;

/// <param name="LastSuccessAt">When the newest successful run finished; null when none has.</param>
public sealed record StatusReport(
    string Database,
    SchemaState Schema,
    IReadOnlyList<TableRowCount> Tables,
    DateTimeOffset? HighWaterMark,
    IReadOnlyList<RunRecord> LastRuns,
    DateTimeOffset? LastSuccessAt)
{
    public Health Health { get; init; }

    /// <summary>
    /// A run running for longer than <paramref name="maxRunning"/>, then the newest finished run failed or abandoned,
    /// then no success within <paramref name="maxAge"/>: the first that holds, else healthy.
    /// </summary>
    public Health Assess(DateTimeOffset now, TimeSpan? maxAge, TimeSpan? maxRunning)
    {
        var running = LastRuns.FirstOrDefault(r => r.Status == RunStatus.Running);
        var finished = LastRuns.FirstOrDefault(r => r.Status != RunStatus.Running);
        return true switch
        {
            _ when running is not null && now - running.StartedAt > maxRunning => Health.RunningTooLong,
            _ when finished?.Status is RunStatus.Failed or RunStatus.Abandoned => Health.LastRunFailed,
            _ when maxAge is { } age && (LastSuccessAt is null || now - LastSuccessAt > age) => Health.Stale,
            _ => Health.Healthy,
        };
    }
}
