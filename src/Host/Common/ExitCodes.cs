namespace SpaceX.Host.Common;

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A run failed, the database or the API could not be reached, or the last run failed (<c>status</c>).</summary>
    public const int Failed = 1;

    /// <summary>Invalid input or configuration: bad flags, a malformed connection string, no PostgreSQL to start.</summary>
    public const int InvalidInput = 2;

    /// <summary><c>status</c>: no run has succeeded within <c>--max-age</c>.</summary>
    public const int Stale = 3;

    /// <summary><c>status</c>: a run has been running for longer than <c>--max-running</c>.</summary>
    public const int RunningTooLong = 4;

    /// <summary>Another ingestion run holds the lock (EX_TEMPFAIL: try again later, or use <c>--wait</c>).</summary>
    public const int RunInProgress = 75;
}
