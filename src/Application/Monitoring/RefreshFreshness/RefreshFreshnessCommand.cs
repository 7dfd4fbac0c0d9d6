using Mediator;
using SpaceX.Application.Behaviors;

namespace SpaceX.Application.Monitoring.RefreshFreshness;

/// <summary>
/// Sets the freshness gauges (high-water mark, last success) from the database: what <c>serve</c> does at its start,
/// before its first run (each run sets them from what it reads at its own start, and again at its end).
/// </summary>
public sealed record RefreshFreshnessCommand : ICommand, IRequiresSchema;
