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
