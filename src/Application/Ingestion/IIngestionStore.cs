using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Ingestion;

/// <summary>Where the pipeline keeps its runs and what they store: entered through the lock that keeps two runs apart.</summary>
public interface IIngestionStore
{
    /// <summary>The lock that keeps two runs apart; null when another run holds it and <paramref name="wait"/> is false.</summary>
    Task<IRunLock?> AcquireRunLockAsync(bool wait, CancellationToken cancellationToken);

    /// <summary>
    /// Records how a run that did not succeed ended (failed or cancelled), on a connection of its own; waits a few
    /// seconds for a database that is coming back (a restart mid-run).
    /// </summary>
    Task RecordEndAsync(IngestionRun run, RunNotes notes, CancellationToken cancellationToken);
}

/// <summary>The run lock, held: what only the run that holds it may do. Disposing it releases the lock.</summary>
public interface IRunLock : IAsyncDisposable
{
    /// <summary>Marks runs left <c>running</c> by dead processes as abandoned.</summary>
    Task<int> AbandonStaleRunsAsync(CancellationToken cancellationToken);

    Task<StoredState> ReadStateAsync(CancellationToken cancellationToken);

    Task StartRunAsync(IngestionRun run, CancellationToken cancellationToken);

    /// <summary>
    /// Opens the run's ONE transaction: records are staged into it as they arrive and nothing is visible to anyone
    /// else until <see cref="IAppliedRun.CommitAsync"/> commits. With <paramref name="dryRun"/> it is rolled back.
    /// </summary>
    Task<IRunTransaction> BeginRunTransactionAsync(IngestionRun run, bool dryRun, CancellationToken cancellationToken);
}
