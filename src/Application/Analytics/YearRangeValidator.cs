using FluentValidation;

namespace SpaceX.Application.Analytics;

public sealed class YearRangeValidator : AbstractValidator<YearRange>
{
    public YearRangeValidator()
    {
        RuleFor(r => r.From).InclusiveBetween(1900, 2200).WithMessage("--from must be a year between 1900 and 2200");
        RuleFor(r => r.To).InclusiveBetween(1900, 2200).WithMessage("--to must be a year between 1900 and 2200");
        RuleFor(r => r).Must(r => r.From <= r.To).When(r => r.From is not null && r.To is not null)
            .WithMessage(r => $"--from {r.From} is after --to {r.To}");
    }
}
