using SpaceX.Application.Analytics.Reports;
using SpaceX.Application.Runs;

namespace SpaceX.Application.Analytics.GetDashboard;

/// <param name="Charts">Each report of <see cref="ReportCatalog"/> that has a chart, in its order, with its rows.</param>
/// <param name="Warnings">The data-quality warnings of the newest finished run.</param>
public sealed record Dashboard(
    DateTimeOffset GeneratedAt,
    DateTimeOffset? HighWaterMark,
    IReadOnlyList<DashboardChart> Charts,
    IReadOnlyList<RunRecord> Runs,
    IReadOnlyList<string> Warnings);

/// <param name="Name">The report's name, also the chart's id.</param>
public sealed record DashboardChart(string Name, string Title, ReportChart Chart, ReportTable Rows);
