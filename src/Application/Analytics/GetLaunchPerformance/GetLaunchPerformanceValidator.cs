using FluentValidation;

namespace SpaceX.Application.Analytics.GetLaunchPerformance;

public sealed class GetLaunchPerformanceValidator : AbstractValidator<GetLaunchPerformanceQuery>
{
    public GetLaunchPerformanceValidator() => RuleFor(q => q.Years).SetValidator(new YearRangeValidator());
}
