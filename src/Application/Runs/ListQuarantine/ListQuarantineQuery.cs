using Mediator;
using SpaceX.Application.Behaviors;

namespace SpaceX.Application.Runs.ListQuarantine;

/// <summary>Quarantined records, newest first: one run's, or every run's.</summary>
public sealed record ListQuarantineQuery(Guid? RunId = null, int Limit = 100) : IQuery<IReadOnlyList<QuarantineEntry>>, IRequiresSchema;
