using Microsoft.Extensions.Configuration;

namespace SpaceX.Host.Composition;

/// <summary>Configuration the .NET way: appsettings.json, then environment variables, then flags.</summary>
public static class AppConfiguration
{
    public const string ConnectionStringName = "SpaceX";

    public static IConfiguration Build(IReadOnlyDictionary<string, string?> flags) =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(flags.Where(flag => flag.Value is not null))
            .Build();
}
