using Mediator;
using SpaceX.Application.Analytics.Reports;
using SpaceX.Application.Database;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Analytics.GetDashboard;

public sealed class GetDashboardHandler(IAnalyticsReader analytics, IStatusReader status, TimeProvider clock) : IQueryHandler<GetDashboardQuery, Dashboard>
{
    public const int Runs = 10;

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
        var lastFinished = state.LastRuns.FirstOrDefault(r => r.Status != RunStatus.Running);
        return new Dashboard(
            clock.GetUtcNow(), state.HighWaterMark, charts, state.LastRuns,
            lastFinished?.Warnings.Split("; ", StringSplitOptions.RemoveEmptyEntries) ?? []);
    }
}
