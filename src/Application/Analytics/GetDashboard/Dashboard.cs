using SpaceX.Application.Analytics.Reports;
using SpaceX.Application.Database;
using SpaceX.Application.Runs;

namespace SpaceX.Application.Analytics.GetDashboard;

/// <param name="Health">As <c>serve</c>'s <c>/readyz</c> says it (stale only when the query gave a maximum age).</param>
/// <param name="Charts">Each report of <see cref="ReportCatalog"/> that has a chart, in its order, with its rows.</param>
/// <param name="Runs">The newest runs, each with its step times, warnings, error and drift.</param>
/// <param name="Quarantined">The records the listed runs quarantined, at most <see cref="GetDashboardHandler.QuarantinedPerRun"/> a run.</param>
/// <param name="Warnings">The data-quality warnings of the newest finished run.</param>
public sealed record Dashboard(
    DateTimeOffset GeneratedAt,
    DateTimeOffset? HighWaterMark,
    Readiness Health,
    DateTimeOffset? LastSuccessAt,
    IReadOnlyList<DashboardChart> Charts,
    IReadOnlyList<RunRecord> Runs,
    IReadOnlyList<QuarantineEntry> Quarantined,
    IReadOnlyList<string> Warnings)
{
    /// <summary>When the service that serves the page runs next; null for a page written to a file.</summary>
    public DateTimeOffset? NextRunAt { get; init; }

    /// <summary>How often a served page reloads itself; null for a page written to a file.</summary>
    public int? RefreshSeconds { get; init; }
}

/// <param name="Name">The report's name, also the chart's id.</param>
public sealed record DashboardChart(string Name, string Title, ReportChart Chart, ReportTable Rows);
