using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.Host.Monitoring;
using SpaceX.Host.Serve;
using SpaceX.Host.Common;

namespace SpaceX.Host.Cli;

/// <summary><c>serve</c>: runs the pipeline on a schedule and answers health, metrics, status and report requests over HTTP.</summary>
public static class ServeVerb
{
    public static Command Create()
    {
        var run = new RunOptions();
        var every = new Option<TimeSpan?>("--every")
        {
            Description = "Run every DURATION (30s, 15m, 1h), the first run at start", CustomParser = Durations.Parse,
        };
        var cron = new Option<string?>("--cron") { Description = "Run on a cron expression, in UTC (\"0 * * * *\"; six fields to give seconds)" };
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen for HTTP: http://IP:PORT, http://localhost:PORT or http://*:PORT (every interface); ';' between several", DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var maxAge = new Option<TimeSpan?>("--max-age")
        {
            Description = "/readyz says degraded (stale) when no run has succeeded for this long (90s, 30m, 2h; default twice the schedule's period)",
            CustomParser = Durations.Parse,
        };
        var maxConnections = new Option<int?>("--max-connections")
        {
            Description = $"The most connections to PostgreSQL at once, runs and HTTP requests together (Database:MaxConnections; default {Composition.CompositionRoot.DefaultMaxConnections})",
        };
        var command = new Command(
            "serve",
            "Run the pipeline on a schedule until SIGTERM or SIGINT; HTTP: /healthz, /readyz, /metrics, /api/status, /api/reports/{name}")
        {
            every, cron, urls, maxAge, maxConnections,
        };
        run.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var schedule = Schedule.From(parseResult.GetValue(every), parseResult.GetValue(cron));
            var listenUrls = ListenUrls.Parse(parseResult.GetValue(urls)!);
            await using var source = await ApiSource.OpenAsync(parseResult.GetValue(run.Api), cancellationToken);
            var settings = run.Settings(parseResult, source.Settings);
            settings["Database:MaxConnections"] = parseResult.GetValue(maxConnections)?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await using var session = CliSession.Open(parseResult, settings, runProgress: true);
            using var export = new PrometheusExport();
            var request = new RunIncrementalIngestionCommand(
                LookbackDays: parseResult.GetValue(run.Lookback), MaxInvalidPercent: parseResult.GetValue(run.MaxInvalid),
                OnSchemaChange: parseResult.GetValue(run.OnSchemaChange));
            var options = new ServeOptions(parseResult.GetValue(maxAge) ?? 2 * schedule.Period(DateTimeOffset.UtcNow));
            await using var app = ServeHost.Build(session.AddPipeline, options, schedule, request, export, listenUrls);
            await ServeHost.CheckDatabaseAsync(app, cancellationToken);
            using (ServeHost.LogStopSignals(app))
            {
                await ((IHost)app).RunAsync(cancellationToken); // returns once a signal has stopped the schedule and the run in flight
            }

            app.Logger.LogInformation("Stopped");
            return ExitCodes.Ok;
        });
        return command;
    }
}
