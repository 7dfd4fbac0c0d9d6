using Mediator;
using SpaceX.Application.Behaviors;

namespace SpaceX.Application.Analytics.GetDashboard;

/// <summary>What the dashboard shows: every charted report, the last ten runs and the newest finished run's warnings.</summary>
public sealed record GetDashboardQuery : IQuery<Dashboard>, IRequiresSchema;
