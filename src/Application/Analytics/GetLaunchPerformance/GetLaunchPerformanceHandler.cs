using Mediator;
using SpaceX.Application.Analytics.Reports;

namespace SpaceX.Application.Analytics.GetLaunchPerformance;

/// <summary>The <c>performance</c> report, typed.</summary>
public sealed class GetLaunchPerformanceHandler(IAnalyticsReader reader) : IQueryHandler<GetLaunchPerformanceQuery, IReadOnlyList<YearPerformance>>
{
    public async ValueTask<IReadOnlyList<YearPerformance>> Handle(GetLaunchPerformanceQuery query, CancellationToken cancellationToken)
    {
        var table = await reader.ReadAsync(
            ReportCatalog.Find("performance")!, new ReportBounds(FromYear: query.Years.From, ToYear: query.Years.To), cancellationToken);
        return Enumerable.Range(0, table.Rows.Count).Select(i => new YearPerformance(
            (int)table.Value(i, "year")!, (long)table.Value(i, "launches")!, (long)table.Value(i, "successes")!,
            (long)table.Value(i, "failures")!, (long)table.Value(i, "upcoming")!, (decimal?)table.Value(i, "success_rate"))).ToList();
    }
}
