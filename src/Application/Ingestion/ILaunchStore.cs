using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Ingestion;

/// <summary>Where the pipeline keeps launches, their history, its runs and its state.</summary>
public interface ILaunchStore
{
    /// <summary>The lock that keeps two runs apart; null when another run holds it and <paramref name="wait"/> is false.</summary>
    Task<IAsyncDisposable?> AcquireRunLockAsync(bool wait, CancellationToken cancellationToken);

    /// <summary>Marks runs left <c>running</c> by dead processes as abandoned (call it holding the run lock).</summary>
    Task<int> AbandonStaleRunsAsync(CancellationToken cancellationToken);

    Task<StoredState> ReadStateAsync(CancellationToken cancellationToken);

    Task StartRunAsync(IngestionRun run, CancellationToken cancellationToken);

    /// <summary>
    /// Opens the run's ONE transaction: records are staged into it as they arrive and nothing is visible to anyone
    /// else until <see cref="IRunTransaction.CommitAsync"/> commits. With <paramref name="dryRun"/> it is rolled back.
    /// </summary>
    Task<IRunTransaction> BeginRunTransactionAsync(IngestionRun run, bool dryRun, CancellationToken cancellationToken);

    /// <summary>
    /// Records how a run that did not succeed ended (failed or cancelled), on a connection of its own; waits a few
    /// seconds for a database that is coming back (a restart mid-run).
    /// </summary>
    Task RecordEndAsync(IngestionRun run, CancellationToken cancellationToken);
}
