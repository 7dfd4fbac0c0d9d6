using FluentValidation;
using SpaceX.Application.Analytics.Reports;

namespace SpaceX.Application.Analytics.GetReport;

public sealed class GetReportValidator : AbstractValidator<GetReportQuery>
{
    public GetReportValidator() =>
        RuleFor(q => q).Custom((query, context) =>
        {
            var problem = ReportCatalog.Find(query.Name) is { } report
                ? ReportBounds.Problem(report, query.From, query.To, query.Top)
                : $"there is no report '{query.Name}' (reports: {string.Join(", ", ReportCatalog.Names)}).";
            if (problem is not null)
            {
                context.AddFailure(problem);
            }
        });
}
