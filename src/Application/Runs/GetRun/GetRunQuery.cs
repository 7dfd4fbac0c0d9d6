using Mediator;
using SpaceX.Application.Behaviors;

namespace SpaceX.Application.Runs.GetRun;

/// <summary>One run with the records it quarantined; a run that does not exist is invalid input.</summary>
public sealed record GetRunQuery(Guid RunId) : IQuery<RunDetails>, IRequiresSchema;
