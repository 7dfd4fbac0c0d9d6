namespace SpaceX.Domain.Ingestion;

/// <summary>One run of the pipeline: running, then succeeded, succeeded with warnings, failed, cancelled or abandoned.</summary>
public sealed class IngestionRun
{
    private IngestionRun(Guid id, IngestionMode mode, DateTimeOffset startedAt)
    {
        Id = id;
        Mode = mode;
        StartedAt = startedAt;
        Status = RunStatus.Running;
        Counts = RunCounts.None;
    }

    public Guid Id { get; }
    public IngestionMode Mode { get; }
    public RunStatus Status { get; private set; }
    public DateTimeOffset StartedAt { get; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public RunCounts Counts { get; private set; }
    public int HttpRequests { get; private set; }
    public DateTimeOffset? HighWaterMark { get; private set; }
    public string? Error { get; private set; }

    public static IngestionRun Start(IngestionMode mode, DateTimeOffset now) => new(Guid.CreateVersion7(now), mode, now);

    public void Succeed(RunCounts counts, int httpRequests, DateTimeOffset? highWaterMark, DateTimeOffset now)
    {
        EnsureRunning("succeed");
        counts.EnsureConsistent();
        Counts = counts;
        HttpRequests = httpRequests;
        HighWaterMark = highWaterMark;
        Status = counts.TotalQuarantined > 0 ? RunStatus.SucceededWithWarnings : RunStatus.Succeeded;
        Finish(now);
    }

    public void Fail(string error, int httpRequests, DateTimeOffset now) =>
        Stop(RunStatus.Failed, string.IsNullOrWhiteSpace(error) ? "unknown error" : error, httpRequests, now);

    /// <summary>Stopped on request (a signal, a shutdown) before it finished: nothing it fetched was written.</summary>
    public void Cancel(string reason, int httpRequests, DateTimeOffset now) => Stop(RunStatus.Cancelled, reason, httpRequests, now);

    private void Stop(RunStatus status, string error, int httpRequests, DateTimeOffset now)
    {
        EnsureRunning(status == RunStatus.Failed ? "fail" : "be cancelled");
        HttpRequests = httpRequests;
        Error = error;
        Status = status;
        Finish(now);
    }

    private void Finish(DateTimeOffset now)
    {
        if (now < StartedAt)
        {
            throw new DomainException($"Run {Id} cannot finish ({now:O}) before it started ({StartedAt:O}).");
        }

        FinishedAt = now;
    }

    private void EnsureRunning(string action)
    {
        if (Status != RunStatus.Running)
        {
            throw new DomainException($"Run {Id} is {Status} and cannot {action}.");
        }
    }
}
