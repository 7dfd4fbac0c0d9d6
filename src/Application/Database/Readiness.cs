using SpaceX.Domain;

namespace SpaceX.Application.Database;

public enum ReadinessState
{
    Healthy,

    /// <summary>The data is stale: no run has succeeded within the maximum age.</summary>
    Degraded,

    /// <summary>The database cannot be read, its schema is not current, or the last finished run failed.</summary>
    Unhealthy,
}

/// <summary>What <c>serve</c>'s <c>/readyz</c> and the dashboard's header say, and why when it is not healthy.</summary>
public sealed record Readiness(ReadinessState State, string? Reason)
{
    public static readonly Readiness Healthy = new(ReadinessState.Healthy, null);

    public static Readiness Unreadable(string error) => new(ReadinessState.Unhealthy, $"the database cannot be read: {error}");

    /// <param name="staleAfter">Degraded when no run has succeeded for this long; null: never stale.</param>
    public static Readiness Of(StatusReport status, DateTimeOffset now, TimeSpan? staleAfter) =>
        status.Assess(now, staleAfter, maxRunning: null) switch
        {
            _ when status.Schema.Pending.Count > 0 => new(ReadinessState.Unhealthy, $"the schema is not current: {status.Schema.Pending.Count} change(s) pending"),
            Health.LastRunFailed => new(ReadinessState.Unhealthy, "the last run failed"),
            Health.Stale => new(
                ReadinessState.Degraded,
                $"stale: no run has succeeded within {Notation.Of(staleAfter!.Value)} (last success: {Notation.Of(status.LastSuccessAt)})"),
            _ => Healthy,
        };
}
