using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SpaceX.Application.Ingestion;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.Application.Monitoring;
using SpaceX.Host.Common;

namespace SpaceX.Host.Serve;

/// <summary>
/// Sends the run command on each tick of the schedule. A tick that finds a run in progress (this one's or another
/// process's) is skipped and counted; a failed run is logged and the next tick runs as scheduled. On shutdown the run
/// in flight is cancelled: it rolls back and records itself as cancelled.
/// </summary>
public sealed class IngestionScheduler(
    Schedule schedule, RunIncrementalIngestionCommand command, IServiceScopeFactory scopes, ServeStatus status, PipelineMetrics metrics,
    TimeProvider clock, ILogger<IngestionScheduler> logger) : BackgroundService
{
    private readonly Lock _next = new();
    private DateTimeOffset? _nextRunAt;

    /// <summary>The tick the schedule waits for; null once it has stopped.</summary>
    public DateTimeOffset? NextRunAt
    {
        get
        {
            lock (_next)
            {
                return _nextRunAt;
            }
        }

        private set
        {
            lock (_next)
            {
                _nextRunAt = value;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Scheduled {Schedule}", schedule.Description);
        await LogReadinessAsync();
        Task? run = null;
        for (var tick = schedule.First(clock.GetUtcNow()); !stoppingToken.IsCancellationRequested; tick = schedule.Next(tick))
        {
            NextRunAt = tick;
            if (!await WaitUntilAsync(tick, stoppingToken))
            {
                break;
            }

            if (run is { IsCompleted: false })
            {
                Skip("the previous run is still going");
                continue;
            }

            run = RunOnceAsync(stoppingToken);
        }

        NextRunAt = null;
        if (run is not null)
        {
            await run;
        }
    }

    private async Task<bool> WaitUntilAsync(DateTimeOffset tick, CancellationToken stoppingToken)
    {
        var wait = tick - clock.GetUtcNow();
        try
        {
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, stoppingToken);
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // the loop goes on to the next tick while the run goes
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, stoppingToken);
            status.RunEnded();
        }
        catch (RunInProgressException)
        {
            Skip("another run is in progress");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Stopping: the run in flight was cancelled; what was not committed was rolled back");
        }
        catch (Exception e)
        {
            logger.LogError("The run failed: {Error}; the next tick runs as scheduled", ErrorReporter.Describe(e).Message);
            status.RunEnded();
            await LogReadinessAsync();
        }
    }

    private void Skip(string reason)
    {
        metrics.TickSkipped();
        logger.LogWarning("Tick skipped: {Reason}", reason);
    }

    /// <summary>Reads the readiness, which logs "Ready" or why not when that changed.</summary>
    private async Task LogReadinessAsync()
    {
        try
        {
            await status.ReadinessAsync(CancellationToken.None);
        }
        catch (OperationCanceledException)
        {
            // stopping: nothing more to read
        }
    }
}
