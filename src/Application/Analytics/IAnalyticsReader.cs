using SpaceX.Application.Analytics.Reports;

namespace SpaceX.Application.Analytics;

/// <summary>The analysts' reports, computed by the database over the current state.</summary>
public interface IAnalyticsReader
{
    Task<ReportTable> ReadAsync(Report report, ReportBounds bounds, CancellationToken cancellationToken);
}
