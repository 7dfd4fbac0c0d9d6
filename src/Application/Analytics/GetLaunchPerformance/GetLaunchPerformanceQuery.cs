using Mediator;
using SpaceX.Application.Behaviors;

namespace SpaceX.Application.Analytics.GetLaunchPerformance;

/// <summary>Per launch year: launches, successes, failures, upcoming and success rate.</summary>
public sealed record GetLaunchPerformanceQuery(YearRange Years) : IQuery<IReadOnlyList<YearPerformance>>, IRequiresSchema;
