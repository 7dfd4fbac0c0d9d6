using Mediator;
using SpaceX.Application.Behaviors;

namespace SpaceX.Application.Analytics.GetStaticFireDelays;

/// <summary>Per launch year: launches that flew after a static fire, average and longest delay in hours.</summary>
public sealed record GetStaticFireDelaysQuery(YearRange Years) : IQuery<IReadOnlyList<YearStaticFireDelay>>, IRequiresSchema;
