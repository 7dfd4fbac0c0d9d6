using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SpaceX.Application.Analytics.GetReport;
using SpaceX.Application.Database;
using SpaceX.Application.Database.GetStatus;
using SpaceX.Application.Notifications;
using SpaceX.Host.Common;

namespace SpaceX.Host.Serve;

/// <summary>
/// What <c>serve</c>'s probes and status answer from: the status at most <see cref="MaxAge"/> old, read once for any
/// number of requests, and anew after each of this service's runs. Readiness reads no row counts: a probe scans no table.
/// The row counts (a scan of every table: seconds at a million launches) and the reports are kept in <see cref="DataCache"/>
/// until a run has ended.
/// </summary>
public sealed class ServeStatus
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<ServeStatus> _logger;
    private readonly Cached<Readiness> _readiness;
    private readonly Cached<StatusReport> _status;
    private readonly DataCache _data;
    private Readiness? _logged;

    private readonly TimeSpan _staleAfter;
    private readonly TimeProvider _clock;

    /// <param name="staleAfter">Degraded (stale) when no run has succeeded for this long (<c>serve --max-age</c>).</param>
    public ServeStatus(
        IServiceScopeFactory scopes, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<ServeStatus> logger, ServeOptions options)
    {
        (_scopes, _logger, _staleAfter, _clock) = (scopes, logger, options.MaxAge, clock);
        _data = new DataCache(clock, lifetime);
        _readiness = new Cached<Readiness>(ReadReadinessAsync, MaxAge, clock, lifetime.ApplicationStopping);
        _status = new Cached<StatusReport>(ct => SendAsync(new GetStatusQuery(CountRows: false), ct), MaxAge, clock, lifetime.ApplicationStopping);
    }

    /// <summary>
    /// Healthy when the database answers, its schema is current and the last finished run did not fail (else unhealthy,
    /// and why); degraded, and why, when no run has succeeded within the maximum age.
    /// </summary>
    public Task<Readiness> ReadinessAsync(CancellationToken cancellationToken) => _readiness.GetAsync(cancellationToken);

    /// <summary>The status with its row counts, as <c>status --format json</c> prints it.</summary>
    public async Task<StatusReport> StatusAsync(CancellationToken cancellationToken)
    {
        var status = await _status.GetAsync(cancellationToken);
        var tables = await _data.GetAsync(
            DataVersion(status), "row counts", async ct => (await SendAsync(new GetStatusQuery(LastRuns: 1), ct)).Tables, cancellationToken);
        return status with { Tables = tables };
    }

    /// <summary>A report as JSON, as <c>report NAME --format json</c> prints it.</summary>
    public async Task<string> ReportJsonAsync(GetReportQuery query, CancellationToken cancellationToken)
    {
        var status = await _status.GetAsync(cancellationToken);
        return await _data.GetAsync(
            DataVersion(status), query.ToString(), async ct => OutputJson.Serialize(await SendAsync(query, ct), OutputJson.Options), cancellationToken);
    }

    /// <summary>What the data is as of: the newest run, which changes when a run starts and when it ends.</summary>
    private static object DataVersion(StatusReport status) => status.LastRuns.Select(r => (r.Id, r.Status)).FirstOrDefault();

    /// <summary>A run ended: the next request reads the database again.</summary>
    public void RunEnded()
    {
        _readiness.Invalidate();
        _status.Invalidate();
    }

    private async Task<Readiness> ReadReadinessAsync(CancellationToken cancellationToken)
    {
        Readiness readiness;
        try
        {
            readiness = Readiness.Of(await _status.GetAsync(cancellationToken), _clock.GetUtcNow(), _staleAfter); // the same read as the status's
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            readiness = Readiness.Unreadable(ErrorReporter.Describe(e).Message);
        }

        if (readiness != Interlocked.Exchange(ref _logged, readiness))
        {
            if (readiness.State == ReadinessState.Degraded)
            {
                await NotifyStaleAsync(readiness.Reason!);
            }

            if (readiness.Reason is null)
            {
                _logger.LogInformation("Ready");
            }
            else
            {
                _logger.LogWarning("{State}: {Reason}", readiness.State == ReadinessState.Degraded ? "Degraded" : "Not ready", readiness.Reason);
            }
        }

        return readiness;
    }

    /// <summary>Tells the webhooks once, as the service turns stale (not on every probe while it stays so).</summary>
    private async Task NotifyStaleAsync(string reason)
    {
        await using var scope = _scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<INotifier>().SendAsync(
            [new RunEvent(RunEventKind.Stale, null, null, null, null, reason, _clock.GetUtcNow())], CancellationToken.None);
    }

    /// <summary>In a scope of its own: a read shared by several requests outlives the one that started it.</summary>
    private async Task<T> SendAsync<T>(IQuery<T> query, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query, cancellationToken);
    }
}
