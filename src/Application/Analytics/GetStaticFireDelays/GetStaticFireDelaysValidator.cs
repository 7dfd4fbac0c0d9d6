using FluentValidation;

namespace SpaceX.Application.Analytics.GetStaticFireDelays;

public sealed class GetStaticFireDelaysValidator : AbstractValidator<GetStaticFireDelaysQuery>
{
    public GetStaticFireDelaysValidator() => RuleFor(q => q.Years).SetValidator(new YearRangeValidator());
}
