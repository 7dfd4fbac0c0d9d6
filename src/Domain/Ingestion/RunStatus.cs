namespace SpaceX.Domain.Ingestion;

public enum RunStatus
{
    Running,
    Succeeded,
    SucceededWithWarnings,
    Failed,

    /// <summary>Left running by a process that died; marked by the next run.</summary>
    Abandoned,
}
