using System.CommandLine;
using SpaceX.Host.Composition;
using SpaceX.Host.Common;

namespace SpaceX.Host.Cli;

/// <summary><c>db status</c> and <c>db stop</c>: manage the private local cluster.</summary>
public static class DbVerb
{
    public static Command Create()
    {
        var status = new Command("status", "Show the local cluster's folder, whether it runs, and its connection string");
        status.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = CliSession.Open(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            foreach (var line in await LocalCluster.DescribeAsync(session.Configuration, session.LoggerFactory, cancellationToken))
            {
                output.WriteLine(line);
            }

            return ExitCodes.Ok;
        });

        var stop = new Command("stop", "Stop the local cluster (its data stays; the next verb starts it again)");
        stop.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = CliSession.Open(parseResult);
            var stopped = await LocalCluster.StopAsync(session.Configuration, session.LoggerFactory, cancellationToken);
            parseResult.InvocationConfiguration.Output.WriteLine(stopped ? "Stopped the local cluster." : "The local cluster was not running.");
            return ExitCodes.Ok;
        });

        return new Command("db", "Manage the private local PostgreSQL cluster used when no connection string is configured")
        {
            status,
            stop,
        };
    }
}
