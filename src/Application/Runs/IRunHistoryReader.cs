namespace SpaceX.Application.Runs;

/// <summary>The runs recorded in <c>ingestion_runs</c> and the records they quarantined, newest first.</summary>
public interface IRunHistoryReader
{
    Task<IReadOnlyList<RunRecord>> ListRunsAsync(int limit, CancellationToken cancellationToken);

    Task<RunRecord?> FindRunAsync(Guid runId, CancellationToken cancellationToken);

    /// <param name="runId">Only this run's; null for every run's.</param>
    Task<IReadOnlyList<QuarantineEntry>> ListQuarantineAsync(Guid? runId, int limit, CancellationToken cancellationToken);
}
