using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Database.GetPipelineStatus;

public sealed record PipelineStatus(
    string Database,
    SchemaState Schema,
    IReadOnlyList<TableRowCount> Tables,
    DateTimeOffset? HighWaterMark,
    IReadOnlyList<RunSummary> LastRuns)
{
    /// <summary>The newest run failed: operators' cron jobs and CI should see a non-zero exit.</summary>
    public bool LastRunFailed => LastRuns.Count > 0 && LastRuns[0].Status == RunStatus.Failed;
}
