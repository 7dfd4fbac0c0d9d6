using Mediator;
using SpaceX.Application.Behaviors;

namespace SpaceX.Application.Runs.ListRuns;

/// <summary>The newest runs, newest first.</summary>
public sealed record ListRunsQuery(int Limit = 20) : IQuery<IReadOnlyList<RunRecord>>, IRequiresSchema;
