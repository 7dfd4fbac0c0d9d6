using System.Reflection;

namespace SpaceX.ArchitectureTests;

internal static class Layers
{
    public static readonly Assembly Domain = typeof(SpaceX.Domain.DomainException).Assembly;
    public static readonly Assembly Application = typeof(SpaceX.Application.DependencyInjection).Assembly;
    public static readonly Assembly Infrastructure = typeof(SpaceX.Infrastructure.DependencyInjection).Assembly;
    public static readonly Assembly Host = typeof(SpaceX.Host.Cli.SpaceXCli).Assembly;

    public static readonly IReadOnlyList<string> Frameworks =
    [
        "Microsoft.EntityFrameworkCore", "Npgsql", "Refit", "Serilog", "Polly", "Microsoft.Extensions.Http",
        "System.CommandLine", "Spectre.Console", "Scrutor", "Microsoft.AspNetCore",
    ];

    /// <summary>The folder holding SpaceX.sln, above the tests' output folder.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SpaceX.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No SpaceX.sln above {AppContext.BaseDirectory}.");
    }
}
