using System.CommandLine;

namespace SpaceX.Host.Cli;

/// <summary>Options every verb takes.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "PostgreSQL connection string (overrides ConnectionStrings:SpaceX; default: a private local cluster)",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Debug logging, and stack traces on errors",
        Recursive = true,
    };

    public static readonly Option<bool> Quiet = new("--quiet")
    {
        Description = "Log warnings and errors only",
        Recursive = true,
    };

    public static readonly Option<string?> LogFormat = CreateLogFormat();

    private static Option<string?> CreateLogFormat()
    {
        var option = new Option<string?>("--log-format")
        {
            Description = "Logs on stderr as text (default) or json, one object per line (also Logging:Format)",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong([.. Composition.Logging.Formats]);
        return option;
    }
}
