using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SpaceX.Host.Serve;

/// <summary>What <c>/readyz</c> says: healthy, degraded (stale) or unhealthy, and why when it is not healthy.</summary>
public sealed record Readiness(HealthStatus Status, string? Reason)
{
    public static readonly Readiness Healthy = new(HealthStatus.Healthy, null);

    public static Readiness Degraded(string reason) => new(HealthStatus.Degraded, reason);

    public static Readiness Unhealthy(string reason) => new(HealthStatus.Unhealthy, reason);
}
