using SpaceX.Application.Ingestion;
using SpaceX.Domain;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Notifications;

/// <summary>Which events a run's end is: decided from the run, what it found and how the run before it ended.</summary>
public static class RunEvents
{
    /// <summary>A run that committed: recovered after a failure, and what it found that is news.</summary>
    public static IReadOnlyList<RunEvent> Succeeded(IngestionRun run, RunFindings findings, StoredState before, DateTimeOffset now)
    {
        var events = new List<RunEvent>();
        void Add(RunEventKind kind, string message) =>
            events.Add(new RunEvent(kind, run.Id, run.Mode, run.Status, run.Counts, message, now));
        if (before.LastRunFailed)
        {
            Add(RunEventKind.Recovered, $"the {Notation.Of(run.Mode)} run succeeded after a failed one");
        }

        if (findings.Drift.Count > 0)
        {
            Add(RunEventKind.Drift, string.Join("; ", findings.Drift));
        }

        var news = findings.Quarantined.Where(q => q.Kind switch
        {
            RecordKind.Launch => q.RecordId is null || !before.RetryLaunchIds.Contains(q.RecordId),
            RecordKind.Payload => q.RecordId is null || !before.RetryPayloadIds.Contains(q.RecordId),
            _ => q.RecordId is null || !before.RetryReferenceIds.Contains(q.RecordId),
        }).ToList();
        if (news.Count > 0)
        {
            Add(RunEventKind.Quarantined, $"{news.Count} record(s) quarantined that the last successful run had not; first: " +
                                          $"{news[0].Kind.Name()} {news[0].RecordId ?? "without id"}: {news[0].Reasons[0]}");
        }

        if (findings.RemovedLaunchIds.Count > 0)
        {
            Add(RunEventKind.Removed, $"{findings.RemovedLaunchIds.Count} launch(es) the API no longer serves were marked removed");
        }

        return events;
    }

    /// <summary>A run that failed: news only when the run before it had not failed too.</summary>
    public static IReadOnlyList<RunEvent> Failed(IngestionRun run, bool lastRunFailed, DateTimeOffset now) =>
        lastRunFailed ? [] : [new RunEvent(RunEventKind.Failed, run.Id, run.Mode, run.Status, null, run.Error ?? "failed", now)];
}
