using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SpaceX.Host.Serve;

/// <summary>The readiness as an ASP.NET Core health check, answered from <see cref="ServeStatus"/> (at most a few seconds old, no table scan).</summary>
public sealed class ReadinessCheck(ServeStatus status) : IHealthCheck
{
    public const string Tag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var readiness = await status.ReadinessAsync(cancellationToken);
        return new HealthCheckResult(readiness.Status, readiness.Reason);
    }
}
