using System.CommandLine;
using SpaceX.Application.Aggregations.RecomputeAggregations;
using SpaceX.Host.Common;

namespace SpaceX.Host.Cli;

/// <summary><c>aggregate</c>: recompute the aggregation snapshot now (a <c>manual</c> row of the time series).</summary>
public static class AggregateVerb
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong([.. ReportWriter.Formats]);
        var command = new Command("aggregate", "Recompute the aggregation snapshot from the current state and print it") { format };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = CliSession.Open(parseResult);
            var snapshot = await session.SendAsync((m, ct) => m.Send(new RecomputeAggregationsCommand(), ct), cancellationToken);
            ReportWriter.Write([snapshot], parseResult.GetValue(format)!, parseResult.InvocationConfiguration.Output, Terminal.For(parseResult), vertical: true);
            return ExitCodes.Ok;
        });
        return command;
    }
}
