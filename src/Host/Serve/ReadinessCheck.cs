using Microsoft.Extensions.Diagnostics.HealthChecks;
using SpaceX.Application.Database;

namespace SpaceX.Host.Serve;

/// <summary>The readiness as an ASP.NET Core health check, answered from <see cref="ServeStatus"/> (at most a few seconds old, no table scan).</summary>
public sealed class ReadinessCheck(ServeStatus status) : IHealthCheck
{
    public const string Tag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var readiness = await status.ReadinessAsync(cancellationToken);
        return new HealthCheckResult(
            readiness.State switch
            {
                ReadinessState.Healthy => HealthStatus.Healthy,
                ReadinessState.Degraded => HealthStatus.Degraded,
                _ => HealthStatus.Unhealthy,
            },
            readiness.Reason);
    }
}
