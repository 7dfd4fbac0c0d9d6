using System.CommandLine;
using SpaceX.Application.Runs;
using SpaceX.Application.Runs.GetRun;
using SpaceX.Application.Runs.ListQuarantine;
using SpaceX.Application.Runs.ListRuns;
using SpaceX.Domain.Ingestion;
using SpaceX.Host.Common;

namespace SpaceX.Host.Cli;

/// <summary><c>runs list</c>, <c>runs show RUN_ID</c> and <c>quarantine list</c>: what each run did and refused.</summary>
public static class RunsVerb
{
    public static Command Create()
    {
        var (listFormat, limit) = (Format(), Limit(20));
        var list = new Command("list", "The newest runs: mode, status, duration, counts, HTTP requests") { listFormat, limit };
        list.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = CliSession.Open(parseResult);
            var runs = await session.SendAsync((m, ct) => m.Send(new ListRunsQuery(parseResult.GetValue(limit)), ct), cancellationToken);
            var (output, console, format) = (parseResult.InvocationConfiguration.Output, Terminal.For(parseResult), parseResult.GetValue(listFormat)!);
            if (format == "table")
            {
                ReportWriter.Write(Summaries(runs), format, output, console);
            }
            else
            {
                ReportWriter.Write(runs, format, output, console);
            }

            return ExitCodes.Ok;
        });

        var runId = new Argument<Guid>("run-id") { Description = "The run's id (runs list shows them)" };
        var showFormat = Format();
        var show = new Command("show", "One run: mode, status, duration, counts, HTTP requests, warnings, and the records it quarantined with their reasons")
        {
            runId, showFormat,
        };
        show.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = CliSession.Open(parseResult);
            var details = await session.SendAsync((m, ct) => m.Send(new GetRunQuery(parseResult.GetValue(runId)), ct), cancellationToken);
            var (output, console, format) = (parseResult.InvocationConfiguration.Output, Terminal.For(parseResult), parseResult.GetValue(showFormat)!);
            if (format == "json")
            {
                output.WriteLine(OutputJson.Serialize(details, OutputJson.Options));
                return ExitCodes.Ok;
            }

            ReportWriter.Write([details.Run], format, output, console, vertical: true);
            if (details.Quarantined.Count == 0)
            {
                output.WriteLine("The run quarantined no records.");
            }
            else
            {
                ReportWriter.Write(details.Quarantined, format, output, console);
            }

            return ExitCodes.Ok;
        });

        return new Command("runs", "The history of ingestion runs") { list, show };
    }

    /// <summary>A run in a table's row: runs show, csv and json have every column.</summary>
    public sealed record RunSummary(Guid Id, DateTimeOffset Started, IngestionMode Mode, RunStatus Status, double? Seconds, int Fetched, int Inserted, int Updated, int Quarantined, int Requests);

    public static IReadOnlyList<RunSummary> Summaries(IEnumerable<RunRecord> runs) =>
        [.. runs.Select(r => new RunSummary(r.Id, r.StartedAt, r.Mode, r.Status, r.Seconds, r.Fetched, r.Inserted, r.Updated, r.Quarantined, r.HttpRequests))];

    public static Command CreateQuarantine()
    {
        var (format, limit) = (Format(), Limit(100));
        var run = new Option<Guid?>("--run") { Description = "Only this run's records" };
        var list = new Command("list", "Quarantined records, newest first, with their reasons") { run, format, limit };
        list.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = CliSession.Open(parseResult);
            var records = await session.SendAsync(
                (m, ct) => m.Send(new ListQuarantineQuery(parseResult.GetValue(run), parseResult.GetValue(limit)), ct), cancellationToken);
            ReportWriter.Write(records, parseResult.GetValue(format)!, parseResult.InvocationConfiguration.Output, Terminal.For(parseResult));
            return ExitCodes.Ok;
        });
        return new Command("quarantine", "Records the runs refused") { list };
    }

    private static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong([.. ReportWriter.Formats]);
        return format;
    }

    private static Option<int> Limit(int byDefault) =>
        new("--limit") { Description = $"How many, newest first (default {byDefault})", DefaultValueFactory = _ => byDefault };
}
