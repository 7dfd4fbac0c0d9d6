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
}
