using System.CommandLine;
using System.Text.Json;
using SpaceX.Application.Ingestion.Quality;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;

namespace SpaceX.Host.Cli;

public static class IngestVerb
{
    public static Command Create()
    {
        var api = new Option<string?>("--api")
        {
            Description = "SpaceX API base URL, or a snapshot directory to replay offline (default: SpaceXApi:BaseUrl, the real API)",
        };
        var fullRefresh = new Option<bool>("--full-refresh") { Description = "Fetch everything and reconcile" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Fetch, validate and report what would change; write nothing" };
        var from = new Option<DateTimeOffset?>("--from") { Description = "Backfill launches dated from this day", CustomParser = Dates.Parse };
        var to = new Option<DateTimeOffset?>("--to") { Description = "Backfill launches dated up to this moment", CustomParser = Dates.Parse };
        var lookback = new Option<int>("--lookback")
        {
            Description = "Days before the high-water mark that an incremental run re-reads",
            DefaultValueFactory = _ => 30,
        };
        var maxInvalid = new Option<double>("--max-invalid")
        {
            Description = "Percent of bad records of any one kind (launches, payloads, launchpads, rockets) above which the run fails and writes nothing",
            DefaultValueFactory = _ => 20,
        };
        var wait = new Option<bool>("--wait") { Description = "Wait for a run in progress instead of exiting" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var onSchemaChange = new Option<SchemaChangePolicy>("--on-schema-change")
        {
            Description = "warn (default): report a change in the API's document shape and go on; fail: refuse the run",
        };
        var command = new Command("ingest", "Run the pipeline once: fetch what changed, validate, and write it in one transaction")
        {
            api, fullRefresh, dryRun, from, to, lookback, maxInvalid, wait, onSchemaChange, json,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var source = await ApiSource.OpenAsync(parseResult.GetValue(api), cancellationToken);
            await using var session = CliSession.Open(parseResult, source.Settings);
            var request = new RunIncrementalIngestionCommand(
                parseResult.GetValue(fullRefresh), parseResult.GetValue(dryRun), parseResult.GetValue(from), parseResult.GetValue(to),
                parseResult.GetValue(lookback), parseResult.GetValue(maxInvalid), parseResult.GetValue(wait),
                parseResult.GetValue(onSchemaChange));
            var report = await session.SendAsync((mediator, ct) => mediator.Send(request, ct), cancellationToken);
            if (parseResult.GetValue(json))
            {
                parseResult.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(report, CliJson.Options));
            }
            else
            {
                IngestionReportView.Write(report, parseResult.InvocationConfiguration.Output, Terminal.For(parseResult));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
