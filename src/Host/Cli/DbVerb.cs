using System.CommandLine;
using SpaceX.Host.Composition;

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
            var cluster = PipelineServices.CreateLocalCluster(session.Configuration, session.LoggerFactory);
            var state = await cluster.GetStatusAsync(cancellationToken);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine($"Folder:            {state.Directory}");
            output.WriteLine($"State:             {(state.Running ? "running" : state.Initialised ? "stopped" : "not created")}");
            output.WriteLine($"Connection string: {state.ConnectionString}");
            return ExitCodes.Ok;
        });

        var stop = new Command("stop", "Stop the local cluster (its data stays; the next verb starts it again)");
        stop.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = CliSession.Open(parseResult);
            var cluster = PipelineServices.CreateLocalCluster(session.Configuration, session.LoggerFactory);
            var stopped = await cluster.StopAsync(cancellationToken);
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
