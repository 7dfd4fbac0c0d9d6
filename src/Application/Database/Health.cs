namespace SpaceX.Application.Database;

/// <summary>What a monitor needs to know, from the newest runs and the age of the last success.</summary>
public enum Health
{
    Healthy,

    /// <summary>The newest finished run failed, or was abandoned by a process that died.</summary>
    LastRunFailed,

    /// <summary>No run has succeeded within the maximum age asked for.</summary>
    Stale,

    /// <summary>A run has been running for longer than the maximum asked for.</summary>
    RunningTooLong,
}
