using Mediator;
using SpaceX.Application.Analytics.Reports;

namespace SpaceX.Application.Analytics.GetReport;

public sealed class GetReportHandler(IAnalyticsReader reader) : IQueryHandler<GetReportQuery, ReportTable>
{
    public async ValueTask<ReportTable> Handle(GetReportQuery query, CancellationToken cancellationToken)
    {
        var report = ReportCatalog.Find(query.Name)!; // checked by the validator
        return await reader.ReadAsync(report, ReportBounds.Read(report, query.From, query.To, query.Top), cancellationToken);
    }
}
