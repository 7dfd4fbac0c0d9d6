using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SpaceX.Application.Database;
using SpaceX.Application.Database.GetStatus;
using SpaceX.Application.Notifications;
using SpaceX.Host.Common;

namespace SpaceX.Host.Serve;

/// <summary>
/// What <c>serve</c>'s probes and status answer from: the status at most <see cref="MaxAge"/> old, read once for any
/// number of requests, and anew after each of this service's runs. Readiness reads no row counts: a probe scans no table.
/// The row counts (a scan of every table: seconds at a million launches) are read again only when a run has ended
/// since they were, this service's or another process's (data changes through runs), or after <see cref="CountsMaxAge"/>
/// (an <c>aggregate</c> adds a snapshot without a run).
/// </summary>
public sealed class ServeStatus
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan CountsMaxAge = TimeSpan.FromMinutes(5);

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<ServeStatus> _logger;
    private readonly Cached<Readiness> _readiness;
    private readonly Cached<StatusReport> _status;
    private readonly Cached<IReadOnlyList<TableRowCount>> _counts;
    private object? _countedAfter;
    private Readiness? _logged;

    private readonly TimeSpan _staleAfter;
    private readonly TimeProvider _clock;

    /// <param name="staleAfter">Degraded (stale) when no run has succeeded for this long (<c>serve --max-age</c>).</param>
    public ServeStatus(
        IServiceScopeFactory scopes, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<ServeStatus> logger, ServeOptions options)
    {
        (_scopes, _logger, _staleAfter, _clock) = (scopes, logger, options.MaxAge, clock);
        _readiness = new Cached<Readiness>(ReadReadinessAsync, MaxAge, clock, lifetime.ApplicationStopping);
        _status = new Cached<StatusReport>(ct => SendAsync(new GetStatusQuery(CountRows: false), ct), MaxAge, clock, lifetime.ApplicationStopping);
        _counts = new Cached<IReadOnlyList<TableRowCount>>(
            async ct => (await SendAsync(new GetStatusQuery(LastRuns: 1), ct)).Tables, CountsMaxAge, clock, lifetime.ApplicationStopping);
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
        var newestRun = status.LastRuns.Select(r => (r.Id, r.Status)).FirstOrDefault();
        if (!Equals(Interlocked.Exchange(ref _countedAfter, newestRun), newestRun))
        {
            _counts.Invalidate();
        }

        try
        {
            return status with { Tables = await _counts.GetAsync(cancellationToken) };
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _counts.Invalidate(); // a failed count is not kept for minutes: the next request counts again
            throw;
        }
    }

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
            var status = await SendAsync(new GetStatusQuery(LastRuns: 5, CountRows: false), cancellationToken);
            readiness = Readiness.Of(status, _clock.GetUtcNow(), _staleAfter);
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

    private async Task<StatusReport> SendAsync(GetStatusQuery query, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query, cancellationToken);
    }
}
