using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SpaceX.Application.Database;
using SpaceX.Application.Database.GetStatus;
using SpaceX.Host.Common;

namespace SpaceX.Host.Serve;

/// <summary>
/// What <c>serve</c>'s probes and status answer from: the status at most <see cref="MaxAge"/> old, read once for any
/// number of requests, and anew after each of this service's runs. Readiness reads no row counts: a probe scans no table.
/// </summary>
public sealed class ServeStatus
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<ServeStatus> _logger;
    private readonly Cached<string?> _notReady;
    private readonly Cached<StatusReport> _status;
    private string? _loggedReason;

    public ServeStatus(IServiceScopeFactory scopes, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<ServeStatus> logger)
    {
        (_scopes, _logger) = (scopes, logger);
        _notReady = new Cached<string?>(ReadReadinessAsync, MaxAge, clock, lifetime.ApplicationStopping);
        _status = new Cached<StatusReport>(ct => SendAsync(new GetStatusQuery(), ct), MaxAge, clock, lifetime.ApplicationStopping);
    }

    /// <summary>Null when ready: the database answers, its schema is current and the last finished run did not fail; else why not.</summary>
    public Task<string?> NotReadyAsync(CancellationToken cancellationToken) => _notReady.GetAsync(cancellationToken);

    /// <summary>The status with its row counts, as <c>status --format json</c> prints it.</summary>
    public Task<StatusReport> StatusAsync(CancellationToken cancellationToken) => _status.GetAsync(cancellationToken);

    /// <summary>A run ended: the next request reads the database again.</summary>
    public void RunEnded()
    {
        _notReady.Invalidate();
        _status.Invalidate();
    }

    private async Task<string?> ReadReadinessAsync(CancellationToken cancellationToken)
    {
        string? reason;
        try
        {
            var status = await SendAsync(new GetStatusQuery(CountRows: false), cancellationToken);
            reason = true switch
            {
                _ when status.Schema.Pending.Count > 0 => $"{status.Schema.Pending.Count} migration(s) pending",
                _ when status.Health == Health.LastRunFailed => "the last run failed",
                _ => null,
            };
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            reason = $"the database cannot be read: {ErrorReporter.Describe(e).Message}";
        }

        if (reason != Interlocked.Exchange(ref _loggedReason, reason))
        {
            if (reason is null)
            {
                _logger.LogInformation("Ready");
            }
            else
            {
                _logger.LogWarning("Not ready: {Reason}", reason);
            }
        }

        return reason;
    }

    private async Task<StatusReport> SendAsync(GetStatusQuery query, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query, cancellationToken);
    }
}
