using Mediator;
using SpaceX.Application.Analytics.Reports;
using SpaceX.Application.Behaviors;

namespace SpaceX.Application.Analytics.GetReport;

/// <summary>Any report of <see cref="ReportCatalog"/> by its name, with its parameters as given (see <see cref="ReportBounds"/>).</summary>
public sealed record GetReportQuery(string Name, string? From = null, string? To = null, int? Top = null) : IQuery<ReportTable>, IRequiresSchema;
