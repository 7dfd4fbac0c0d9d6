using System.CommandLine;
using Spectre.Console;
using SpaceX.Application.Database.GetPipelineStatus;

namespace SpaceX.Host.Cli;

public static class StatusVerb
{
    public static Command Create()
    {
        var command = new Command("status", "Database, migrations, row counts, high-water mark and last runs; exit 1 when the last run failed");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = CliSession.Open(parseResult);
            var status = await session.SendAsync(
                (mediator, ct) => mediator.Send(new GetPipelineStatusQuery(), ct), cancellationToken);
            Print(status, parseResult.InvocationConfiguration.Output, Terminal.For(parseResult));
            return status.LastRunFailed ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(PipelineStatus status, TextWriter output, IAnsiConsole console)
    {
        output.WriteLine($"Database:        {status.Database} (reachable)");
        output.WriteLine($"Migrations:      {status.Schema.Applied.Count} applied, {status.Schema.Pending.Count} pending");
        output.WriteLine($"High-water mark: {status.HighWaterMark?.ToString("u") ?? "none"}");
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
                    run.Counts.Fetched.ToString(), run.Counts.Inserted.ToString(), run.Counts.Updated.ToString(),
                    run.Counts.Quarantined.ToString());
            }

            console.Write(runs);
        }

        if (status.LastRunFailed)
        {
            output.WriteLine($"The last run failed: {status.LastRuns[0].Error}");
        }
    }
}
