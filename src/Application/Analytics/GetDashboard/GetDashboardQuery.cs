using Mediator;
using SpaceX.Application.Behaviors;

namespace SpaceX.Application.Analytics.GetDashboard;

/// <summary>What the dashboard shows: health, every charted report, the last ten runs with their details and the newest finished run's warnings.</summary>
/// <param name="MaxAge">The health is degraded (stale) when no run has succeeded for this long; null: never stale.</param>
public sealed record GetDashboardQuery(TimeSpan? MaxAge = null) : IQuery<Dashboard>, IRequiresSchema;
