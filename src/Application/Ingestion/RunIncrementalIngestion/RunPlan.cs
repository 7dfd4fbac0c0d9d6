using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Ingestion.RunIncrementalIngestion;

/// <summary>What a run will do, decided before it asks anything: its mode and the launches it reads.</summary>
public sealed record RunPlan(IngestionMode Mode, LaunchSelection Selection)
{
    /// <summary>A first load or a full refresh: every collection, whole.</summary>
    public bool Everything => Mode is IngestionMode.Initial or IngestionMode.FullRefresh;

    /// <summary>
    /// An incremental run first glances at its selection in one request (payloads populated) and fetches it in full
    /// only when a launch changed: the run cron makes most, which finds nothing, costs one request.
    /// </summary>
    public bool Glances => Mode == IngestionMode.Incremental;

    public static RunPlan For(RunIncrementalIngestionCommand command, StoredState state)
    {
        var mode = command switch
        {
            { FullRefresh: true } => IngestionMode.FullRefresh,
            { IsBackfill: true } => IngestionMode.Backfill,
            _ when state.LaunchCount == 0 => IngestionMode.Initial,
            _ => IngestionMode.Incremental,
        };
        return new RunPlan(mode, SelectionOf(mode, command, state));
    }

    /// <summary>
    /// Incremental: everything dated from the look-back window before the high-water mark on (which also answers
    /// "is there anything new?"), plus every launch stored as upcoming, since those change without notice, and those
    /// the last run quarantined.
    /// </summary>
    private static LaunchSelection SelectionOf(IngestionMode mode, RunIncrementalIngestionCommand command, StoredState state) => mode switch
    {
        IngestionMode.Initial or IngestionMode.FullRefresh => LaunchSelection.All,
        IngestionMode.Backfill => new LaunchSelection(command.From, command.To, []),
        _ when state.HighWaterMark is { } mark =>
            new LaunchSelection(mark.AddDays(-command.LookbackDays), null, [.. state.UpcomingLaunchIds.Union(state.RetryLaunchIds)]),
        _ => LaunchSelection.All,
    };
}
