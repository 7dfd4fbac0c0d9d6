using FluentValidation;

namespace SpaceX.Application.Analytics.GetTopPayloadMasses;

public sealed class GetTopPayloadMassesValidator : AbstractValidator<GetTopPayloadMassesQuery>
{
    public GetTopPayloadMassesValidator() =>
        RuleFor(q => q.Top).InclusiveBetween(1, 100).WithMessage(q => $"--top must be between 1 and 100, not {q.Top}");
}
