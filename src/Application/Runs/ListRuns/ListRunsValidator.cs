using FluentValidation;

namespace SpaceX.Application.Runs.ListRuns;

public sealed class ListRunsValidator : AbstractValidator<ListRunsQuery>
{
    public ListRunsValidator() => RuleFor(q => q.Limit).InclusiveBetween(1, 10_000).WithMessage("--limit must be between 1 and 10000");
}
