using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using SpaceX.Application.Database;
using SpaceX.Application.Database.GetStatus;
using SpaceX.Domain.Ingestion;

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
                output.WriteLine(JsonSerializer.Serialize(status, CliJson.Options));
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
        output.WriteLine($"High-water mark: {status.HighWaterMark?.ToString("u") ?? "none"}");
        output.WriteLine($"Last success:    {status.LastSuccessAt?.ToString("u") ?? "none"}");
        output.WriteLine($"Health:          {Describe(status)}");
        if (status.Tables.Count > 0)
        {
            var tables = new Table().AddColumn("table").AddColumn(new TableColumn("rows").RightAligned());
            foreach (var table in status.Tables)
            {
                tables.AddRow(table.Table, table.Rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            }

            console.Write(tables);
        }

        if (status.LastRuns.Count > 0)
        {
            var runs = new Table().AddColumns("started", "mode", "status", "fetched", "inserted", "updated", "quarantined");
            foreach (var run in status.LastRuns)
            {
                runs.AddRow(
                    Markup.Escape(run.StartedAt.ToString("u")), run.Mode.ToString(), run.Status.ToString(),
                    run.Fetched.ToString(), run.Inserted.ToString(), run.Updated.ToString(), run.Quarantined.ToString());
            }

            console.Write(runs);
        }
    }

    private static string Describe(StatusReport status) => status.Health switch
    {
        Health.LastRunFailed when status.LastRuns.FirstOrDefault(r => r.Status != RunStatus.Running) is { } run =>
            $"the last run {run.Status.ToString().ToLowerInvariant()}: {run.Error}",
        Health.Stale => "stale: no successful run within --max-age",
        Health.RunningTooLong => "a run has been running for longer than --max-running",
        _ => "healthy",
    };
}
