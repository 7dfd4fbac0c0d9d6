using Mediator;
using SpaceX.Application.Analytics.Reports;
using SpaceX.Application.Database;
using SpaceX.Application.Runs;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Analytics.GetDashboard;

public sealed class GetDashboardHandler(IAnalyticsReader analytics, IStatusReader status, IRunHistoryReader history, TimeProvider clock)
    : IQueryHandler<GetDashboardQuery, Dashboard>
{
    public const int Runs = 10;

    /// <summary>A run's details list this many of the records it quarantined; <c>spacex quarantine list --run</c> lists them all.</summary>
    public const int QuarantinedPerRun = 20;

    public async ValueTask<Dashboard> Handle(GetDashboardQuery query, CancellationToken cancellationToken)
    {
        var charts = new List<DashboardChart>();
        foreach (var report in ReportCatalog.All)
        {
            if (report.Chart is { } chart)
            {
                var rows = await analytics.ReadAsync(report, new ReportBounds(Top: chart.Top), cancellationToken);
                charts.Add(new DashboardChart(report.Name, report.Title, chart, rows));
            }
        }

        var state = await status.ReadAsync(Runs, countRows: false, cancellationToken);
        var quarantined = new List<QuarantineEntry>();
        foreach (var run in state.LastRuns.Where(r => r.Quarantined + r.RelatedQuarantined > 0))
        {
            quarantined.AddRange(await history.ListQuarantineAsync(run.Id, QuarantinedPerRun, cancellationToken));
        }

        var lastFinished = state.LastRuns.FirstOrDefault(r => r.Status != RunStatus.Running);
        return new Dashboard(
            clock.GetUtcNow(), state.HighWaterMark, Readiness.Of(state, clock.GetUtcNow(), query.MaxAge), state.LastSuccessAt, charts,
            state.LastRuns, quarantined, lastFinished?.Warnings ?? []);
    }
}
