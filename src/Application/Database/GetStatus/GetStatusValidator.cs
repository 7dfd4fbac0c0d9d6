using FluentValidation;

namespace SpaceX.Application.Database.GetStatus;

public sealed class GetStatusValidator : AbstractValidator<GetStatusQuery>
{
    public GetStatusValidator()
    {
        RuleFor(q => q.LastRuns).InclusiveBetween(1, 100);
        RuleFor(q => q.MaxAge).GreaterThan(TimeSpan.Zero).WithMessage("--max-age must be positive");
        RuleFor(q => q.MaxRunning).GreaterThan(TimeSpan.Zero).WithMessage("--max-running must be positive");
    }
}
