using FluentValidation;

namespace SpaceX.Application.Runs.ListQuarantine;

public sealed class ListQuarantineValidator : AbstractValidator<ListQuarantineQuery>
{
    public ListQuarantineValidator() => RuleFor(q => q.Limit).InclusiveBetween(1, 10_000).WithMessage("--limit must be between 1 and 10000");
}
