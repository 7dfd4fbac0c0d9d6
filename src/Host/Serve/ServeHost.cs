using System.Runtime.InteropServices;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SpaceX.Application.Database.MigrateDatabase;
using SpaceX.Application.Monitoring.RefreshFreshness;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.Host.Monitoring;

namespace SpaceX.Host.Serve;

/// <summary><c>serve</c>'s web host: the pipeline's services, the scheduler, and the HTTP endpoints.</summary>
public static class ServeHost
{
    /// <summary>How long a stop waits for the run in flight to roll back and record itself as cancelled.</summary>
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(30);

    /// <param name="addPipeline">Registers the pipeline's services, as the CLI's session does for every verb.</param>
    public static WebApplication Build(
        Action<IServiceCollection> addPipeline, ServeOptions options, Schedule schedule, RunIncrementalIngestionCommand command, PrometheusExport export, IReadOnlyList<string> urls)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        addPipeline(builder.Services);
        builder.Services.AddSingleton(schedule);
        builder.Services.AddSingleton(command);
        builder.Services.AddSingleton(export);
        builder.Services.AddSingleton<ServeStatus>();
        builder.Services.AddSingleton(options);
        builder.Services.AddHealthChecks().AddCheck<ReadinessCheck>("database", tags: [ReadinessCheck.Tag]);
        builder.Services.AddSingleton<IngestionScheduler>(); // the dashboard asks it when it runs next
        builder.Services.AddHostedService(services => services.GetRequiredService<IngestionScheduler>());
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownGrace);
        var app = builder.Build();
        foreach (var url in urls)
        {
            app.Urls.Add(url);
        }

        app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation("Listening on {Urls}", string.Join(", ", app.Urls)));
        ServeErrors.Use(app);
        ServeEndpoints.Map(app);
        return app;
    }

    /// <summary>
    /// The database as configured, before anything is served: pending migrations applied and the run history read. A
    /// wrong password or a missing privilege ends <c>serve</c> with exit 2, an unreachable server with exit 1, as every
    /// verb; a database lost later is a failed tick and a 503 on <c>/readyz</c>.
    /// </summary>
    public static async Task CheckDatabaseAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        await mediator.Send(new MigrateDatabaseCommand(), cancellationToken);
        await mediator.Send(new RefreshFreshnessCommand(), cancellationToken); // reads the status: a database that cannot answer stops the start
    }

    /// <summary>
    /// Says in the log why the service stops: the stop itself is the CLI's (a signal cancels the verb), this only tells
    /// the operator which signal came.
    /// </summary>
    public static IDisposable LogStopSignals(WebApplication app) => new SignalLog(
    [
        .. new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT }.Select(signal => PosixSignalRegistration.Create(signal, _ =>
            app.Logger.LogInformation("Stopping: {Signal} received; the run in flight, if any, is cancelled and rolled back", signal))),
    ]);

    private sealed class SignalLog(PosixSignalRegistration[] registrations) : IDisposable
    {
        public void Dispose()
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }
}
