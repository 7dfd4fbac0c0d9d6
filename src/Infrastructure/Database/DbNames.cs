using SpaceX.Domain.Aggregations;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Infrastructure.Database;

/// <summary>How domain enums are spelled in the database's text columns (snake_case, as the check constraints list them).</summary>
public static class DbNames
{
    public static string Of(IngestionMode mode) => mode switch
    {
        IngestionMode.Initial => "initial",
        IngestionMode.Incremental => "incremental",
        IngestionMode.FullRefresh => "full_refresh",
        IngestionMode.Backfill => "backfill",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    public static string Of(RunStatus status) => status switch
    {
        RunStatus.Running => "running",
        RunStatus.Succeeded => "succeeded",
        RunStatus.SucceededWithWarnings => "succeeded_with_warnings",
        RunStatus.Failed => "failed",
        RunStatus.Cancelled => "cancelled",
        RunStatus.Abandoned => "abandoned",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Of(SnapshotType type) => type switch
    {
        SnapshotType.Initial => "initial",
        SnapshotType.Incremental => "incremental",
        SnapshotType.FullRefresh => "full_refresh",
        SnapshotType.Backfill => "backfill",
        SnapshotType.Manual => "manual",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static IngestionMode ParseMode(string value) => Enum.GetValues<IngestionMode>().Single(m => Of(m) == value);

    public static RunStatus ParseStatus(string value) => Enum.GetValues<RunStatus>().Single(s => Of(s) == value);

    public static SnapshotType ParseSnapshotType(string value) => Enum.GetValues<SnapshotType>().Single(t => Of(t) == value);
}
