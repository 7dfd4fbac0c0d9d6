using System.CommandLine;
using Spectre.Console;
using SpaceX.Application.Database;
using SpaceX.Application.Database.GetStatus;
using SpaceX.Domain;
using SpaceX.Domain.Ingestion;
using SpaceX.Host.Common;

namespace SpaceX.Host.Cli;

public static class StatusVerb
{
    private static readonly string[] Formats = ["table", "json"];

    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "table (default) or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(Formats);
        var maxAge = new Option<TimeSpan?>("--max-age")
        {
            Description = "Exit 3 when no run has succeeded for this long (90s, 30m, 2h, 1d)", CustomParser = Durations.Parse,
        };
        var maxRunning = new Option<TimeSpan?>("--max-running")
        {
            Description = "Exit 4 when a run has been running for this long", CustomParser = Durations.Parse,
        };
        var command = new Command(
            "status",
            "Database, migrations, row counts, high-water mark and last runs; exit 1 when the last run failed or was abandoned, " +
            "3 when stale (--max-age), 4 when a run runs too long (--max-running)")
        {
            format, maxAge, maxRunning,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = CliSession.Open(parseResult);
            var query = new GetStatusQuery(MaxAge: parseResult.GetValue(maxAge), MaxRunning: parseResult.GetValue(maxRunning));
            var status = await session.SendAsync((mediator, ct) => mediator.Send(query, ct), cancellationToken);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "json")
            {
                output.WriteLine(OutputJson.Serialize(status, OutputJson.Options));
            }
            else
            {
                Print(status, output, Terminal.For(parseResult));
            }

            return status.Health switch
            {
                Health.LastRunFailed => ExitCodes.Failed,
                Health.Stale => ExitCodes.Stale,
                Health.RunningTooLong => ExitCodes.RunningTooLong,
                _ => ExitCodes.Ok,
            };
        });
        return command;
    }

    private static void Print(StatusReport status, TextWriter output, IAnsiConsole console)
    {
        output.WriteLine($"Database:        {status.Database} (reachable)");
        output.WriteLine($"Migrations:      {status.Schema.Applied.Count} applied, {status.Schema.Pending.Count} pending");
        output.WriteLine($"High-water mark: {Notation.Of(status.HighWaterMark)}");
        output.WriteLine($"Last success:    {Notation.Of(status.LastSuccessAt)}");
        output.WriteLine($"Health:          {Describe(status)}");
        if (status.Tables.Count > 0)
        {
            ReportWriter.Write(status.Tables, "table", output, console);
        }

        if (status.LastRuns.Count > 0)
        {
            ReportWriter.Write(RunsVerb.Summaries(status.LastRuns), "table", output, console);
        }
    }

    private static string Describe(StatusReport status) => status.Health switch
    {
        Health.LastRunFailed when status.LastRuns.FirstOrDefault(r => r.Status != RunStatus.Running) is { } run =>
            $"the last run {Notation.Of(run.Status)}: {run.Error}",
        Health.Stale => "stale: no successful run within --max-age",
        Health.RunningTooLong => "a run has been running for longer than --max-running",
        _ => "healthy",
    };
}
