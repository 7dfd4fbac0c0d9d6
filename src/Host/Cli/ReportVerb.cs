using System.CommandLine;

namespace SpaceX.Host.Cli;

/// <summary><c>report performance|payloads|static-fire|sites|snapshot|trend</c>: the analysts' reports.</summary>
public static class ReportVerb
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "performance, payloads, static-fire, sites, snapshot or trend" };
        name.AcceptOnlyFromAmong([.. Reports.Names]);
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong([.. ReportWriter.Formats]);
        var top = new Option<int?>("--top") { Description = "payloads: how many launches (1..100, default 5)" };
        var from = new Option<string?>("--from") { Description = "performance, static-fire: first launch year; trend: first day (YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "performance, static-fire: last launch year; trend: up to this moment (YYYY-MM-DD is midnight UTC)" };
        var command = new Command("report", "Print a report over the current state") { name, format, top, from, to };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new ReportOptions(parseResult.GetValue(top), parseResult.GetValue(from), parseResult.GetValue(to));
            await using var session = CliSession.Open(parseResult);
            var rows = await session.SendAsync(
                (mediator, ct) => new ValueTask<ReportRows>(Reports.LoadAsync(mediator, parseResult.GetValue(name)!, options, ct)), cancellationToken);
            ReportWriter.Write(rows, parseResult.GetValue(format)!, parseResult.InvocationConfiguration.Output, Terminal.For(parseResult));
            return ExitCodes.Ok;
        });
        return command;
    }
}
