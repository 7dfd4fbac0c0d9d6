using Mediator;

namespace SpaceX.Application.Database.GetStatus;

/// <summary>
/// Where the pipeline stands: database, migrations, row counts, last runs, and its health against the limits given.
/// It does not migrate, so it can show pending migrations.
/// </summary>
/// <param name="MaxAge">Stale when no run has succeeded for longer than this; null: never stale.</param>
/// <param name="MaxRunning">Unhealthy when a run has been running for longer than this; null: no limit.</param>
/// <param name="CountRows">Count each table's rows (a scan of the large ones); false for probes, which need the rest only.</param>
public sealed record GetStatusQuery(int LastRuns = 5, TimeSpan? MaxAge = null, TimeSpan? MaxRunning = null, bool CountRows = true)
    : IQuery<StatusReport>;
