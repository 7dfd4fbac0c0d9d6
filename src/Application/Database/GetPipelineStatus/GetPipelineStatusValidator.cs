using FluentValidation;

namespace SpaceX.Application.Database.GetPipelineStatus;

public sealed class GetPipelineStatusValidator : AbstractValidator<GetPipelineStatusQuery>
{
    public GetPipelineStatusValidator() => RuleFor(q => q.LastRuns).InclusiveBetween(1, 100);
}
