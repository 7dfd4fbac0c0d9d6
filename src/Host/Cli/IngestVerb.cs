using System.CommandLine;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.Host.Monitoring;
using SpaceX.Host.Common;

namespace SpaceX.Host.Cli;

public static class IngestVerb
{
    public static Command Create()
    {
        var run = new RunOptions();
        var fullRefresh = new Option<bool>("--full-refresh") { Description = "Fetch everything and reconcile" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Fetch, validate and report what would change; write nothing" };
        var from = new Option<DateTimeOffset?>("--from") { Description = "Backfill launches dated from this day", CustomParser = Dates.Parse };
        var to = new Option<DateTimeOffset?>("--to") { Description = "Backfill launches dated up to this moment", CustomParser = Dates.Parse };
        var wait = new Option<bool>("--wait") { Description = "Wait for a run in progress instead of exiting" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON (on one line with --log-format json)" };
        var metricsFile = new Option<string?>("--metrics-file")
        {
            Description = "Also write the run's metrics to this file in the Prometheus text format (for node_exporter's textfile collector), replaced atomically",
        };
        var command = new Command("ingest", "Run the pipeline once: fetch what changed, validate, and write it in one transaction")
        {
            fullRefresh, dryRun, from, to, wait, json, metricsFile,
        };
        run.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var source = await ApiSource.OpenAsync(parseResult.GetValue(run.Api), cancellationToken);
            await using var session = CliSession.Open(parseResult, run.Settings(parseResult, source.Settings), runProgress: !parseResult.GetValue(json));
            var request = new RunIncrementalIngestionCommand(
                parseResult.GetValue(fullRefresh), parseResult.GetValue(dryRun), parseResult.GetValue(from), parseResult.GetValue(to),
                parseResult.GetValue(run.Lookback), parseResult.GetValue(run.MaxInvalid), parseResult.GetValue(wait),
                parseResult.GetValue(run.OnSchemaChange));
            var report = await SendAsync(session, request, parseResult.GetValue(metricsFile), cancellationToken);
            if (parseResult.GetValue(json))
            {
                parseResult.InvocationConfiguration.Output.WriteLine(OutputJson.Serialize(report, session.JsonLogs ? OutputJson.OneLine : OutputJson.Options));
            }
            else if (!session.JsonLogs) // the run's summary is a log event, with its counts
            {
                IngestionReportView.Write(report, parseResult.InvocationConfiguration.Output, Terminal.For(parseResult));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The run; with a metrics file, its metrics are written whether it succeeded or not.</summary>
    private static async Task<IngestionReport> SendAsync(
        CliSession session, RunIncrementalIngestionCommand request, string? metricsFile, CancellationToken cancellationToken)
    {
        if (metricsFile is null)
        {
            return await session.SendAsync((mediator, ct) => mediator.Send(request, ct), cancellationToken);
        }

        using var export = new PrometheusExport();
        try
        {
            return await session.SendAsync((mediator, ct) => mediator.Send(request, ct), cancellationToken);
        }
        finally
        {
            await export.WriteFileAsync(metricsFile, CancellationToken.None);
        }
    }
}
