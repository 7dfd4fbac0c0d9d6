namespace SpaceX.Host.Cli;

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A run failed, the database or the API could not be reached, or the last run failed (<c>status</c>).</summary>
    public const int Failed = 1;

    /// <summary>Invalid input or configuration: bad flags, a malformed connection string, no PostgreSQL to start.</summary>
    public const int InvalidInput = 2;
}
