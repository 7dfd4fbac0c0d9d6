using Mediator;
using SpaceX.Application.Behaviors;

namespace SpaceX.Application.Analytics.GetTopPayloadMasses;

/// <summary>The <paramref name="Top"/> heaviest launches by total payload mass.</summary>
public sealed record GetTopPayloadMassesQuery(int Top = 5) : IQuery<IReadOnlyList<PayloadMassRank>>, IRequiresSchema;
