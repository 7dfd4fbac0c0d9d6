namespace SpaceX.Domain.Ingestion;

public enum RunStatus
{
    Running,
    Succeeded,
    SucceededWithWarnings,
    Failed,

    /// <summary>Stopped on request (SIGINT, SIGTERM, a shutdown) before it finished; rolled back.</summary>
    Cancelled,

    /// <summary>Left running by a process that died; marked by the next run.</summary>
    Abandoned,
}

public static class RunStatuses
{
    /// <summary>A successful run: succeeded, with or without warnings. What "the last successful run" means everywhere.</summary>
    public static bool IsSuccess(this RunStatus status) => status is RunStatus.Succeeded or RunStatus.SucceededWithWarnings;
}
