using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace SpaceX.Host.Composition;

/// <summary>The private local cluster, for the <c>db</c> verb: what it is and stopping it.</summary>
public static class LocalCluster
{
    public static async Task<IReadOnlyList<string>> DescribeAsync(
        IConfiguration configuration, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var state = await CompositionRoot.CreateLocalCluster(configuration, loggerFactory).GetStatusAsync(cancellationToken);
        return
        [
            $"Folder:            {state.Directory}",
            $"State:             {(state.Running ? "running" : state.Initialised ? "stopped" : "not created")}",
            $"Connection string: {state.ConnectionString}",
        ];
    }

    /// <returns>Whether it was running.</returns>
    public static Task<bool> StopAsync(IConfiguration configuration, ILoggerFactory loggerFactory, CancellationToken cancellationToken) =>
        CompositionRoot.CreateLocalCluster(configuration, loggerFactory).StopAsync(cancellationToken);
}
