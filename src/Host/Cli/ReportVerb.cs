using System.CommandLine;
using SpaceX.Application.Analytics;
using SpaceX.Application.Analytics.GetLatestAggregation;
using SpaceX.Application.Analytics.GetLaunchPerformance;
using SpaceX.Application.Analytics.GetLaunchSiteUtilization;
using SpaceX.Application.Analytics.GetStaticFireDelays;
using SpaceX.Application.Analytics.GetTopPayloadMasses;

namespace SpaceX.Host.Cli;

/// <summary><c>report performance|payloads|static-fire|sites|snapshot</c>: the analysts' reports.</summary>
public static class ReportVerb
{
    private static readonly string[] ByYear = ["performance", "static-fire"];

    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "performance, payloads, static-fire, sites or snapshot" };
        name.AcceptOnlyFromAmong("performance", "payloads", "static-fire", "sites", "snapshot");
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong([.. ReportWriter.Formats]);
        var top = new Option<int?>("--top") { Description = "payloads: how many launches (1..100, default 5)" };
        var from = new Option<int?>("--from") { Description = "performance, static-fire: first launch year" };
        var to = new Option<int?>("--to") { Description = "performance, static-fire: last launch year" };
        var command = new Command("report", "Print a report over the current state") { name, format, top, from, to };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var report = parseResult.GetValue(name)!;
            if (parseResult.GetValue(top) is not null && report != "payloads")
            {
                throw new UsageException("--top applies to the payloads report only.");
            }

            var years = new YearRange(parseResult.GetValue(from), parseResult.GetValue(to));
            if (years != YearRange.All && !ByYear.Contains(report))
            {
                throw new UsageException("--from/--to apply to the performance and static-fire reports only.");
            }

            await using var session = CliSession.Open(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            var console = Terminal.For(parseResult);
            var chosen = parseResult.GetValue(format)!;
            switch (report)
            {
                case "performance":
                    ReportWriter.Write(await session.SendAsync((m, ct) => m.Send(new GetLaunchPerformanceQuery(years), ct), cancellationToken), chosen, output, console);
                    break;
                case "payloads":
                    ReportWriter.Write(await session.SendAsync((m, ct) => m.Send(new GetTopPayloadMassesQuery(parseResult.GetValue(top) ?? 5), ct), cancellationToken), chosen, output, console);
                    break;
                case "static-fire":
                    ReportWriter.Write(await session.SendAsync((m, ct) => m.Send(new GetStaticFireDelaysQuery(years), ct), cancellationToken), chosen, output, console);
                    break;
                case "sites":
                    ReportWriter.Write(await session.SendAsync((m, ct) => m.Send(new GetLaunchSiteUtilizationQuery(), ct), cancellationToken), chosen, output, console);
                    break;
                default:
                    var snapshot = await session.SendAsync((m, ct) => m.Send(new GetLatestAggregationQuery(), ct), cancellationToken);
                    ReportWriter.Write<SpaceX.Domain.Aggregations.AggregationSnapshot>(snapshot is null ? [] : [snapshot], chosen, output, console, vertical: true);
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
