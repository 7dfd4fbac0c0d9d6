using Mediator;

namespace SpaceX.Application.Database.GetPipelineStatus;

/// <summary>
/// Where the pipeline stands: database, migrations, row counts, last runs. It does not migrate, so it can
/// show pending migrations.
/// </summary>
public sealed record GetPipelineStatusQuery(int LastRuns = 5) : IQuery<PipelineStatus>;
