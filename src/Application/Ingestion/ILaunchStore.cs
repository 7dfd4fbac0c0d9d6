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

    /// <summary>Every stored launch id: a full refresh reports those the API no longer lists.</summary>
    Task<IReadOnlySet<string>> ReadLaunchIdsAsync(CancellationToken cancellationToken);

    Task StartRunAsync(IngestionRun run, CancellationToken cancellationToken);

    /// <summary>
    /// In ONE transaction: raw versions, current state, high-water mark, aggregation snapshot and the run's
    /// success. With <paramref name="dryRun"/> the transaction is rolled back: the counts are exact, nothing stays.
    /// </summary>
    Task<WriteResult> WriteAsync(IngestionRun run, IngestionBatch batch, int httpRequests, bool dryRun, CancellationToken cancellationToken);

    /// <summary>Records the failed run (with its quarantined records) when the run row exists.</summary>
    Task RecordFailureAsync(IngestionRun run, CancellationToken cancellationToken);
}
