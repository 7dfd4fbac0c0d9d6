using System.CommandLine;
using SpaceX.Application.Analytics;

namespace SpaceX.Host.Cli;

/// <summary><c>report performance|payloads|static-fire|sites|snapshot</c>: the analysts' reports.</summary>
public static class ReportVerb
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "performance, payloads, static-fire, sites or snapshot" };
        name.AcceptOnlyFromAmong([.. Reports.Names]);
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong([.. ReportWriter.Formats]);
        var top = new Option<int?>("--top") { Description = "payloads: how many launches (1..100, default 5)" };
        var from = new Option<int?>("--from") { Description = "performance, static-fire: first launch year" };
        var to = new Option<int?>("--to") { Description = "performance, static-fire: last launch year" };
        var command = new Command("report", "Print a report over the current state") { name, format, top, from, to };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var report = parseResult.GetValue(name)!;
            var years = new YearRange(parseResult.GetValue(from), parseResult.GetValue(to));
            if (Reports.Misapplied(report, parseResult.GetValue(top), years) is { } misapplied)
            {
                throw new UsageException(misapplied);
            }

            await using var session = CliSession.Open(parseResult);
            var rows = await session.SendAsync(
                (mediator, ct) => new ValueTask<ReportRows>(Reports.LoadAsync(mediator, report, parseResult.GetValue(top), years, ct)), cancellationToken);
            ReportWriter.Write(rows, parseResult.GetValue(format)!, parseResult.InvocationConfiguration.Output, Terminal.For(parseResult));
            return ExitCodes.Ok;
        });
        return command;
    }
}
