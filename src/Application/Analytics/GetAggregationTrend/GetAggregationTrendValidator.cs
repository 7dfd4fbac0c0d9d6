using FluentValidation;

namespace SpaceX.Application.Analytics.GetAggregationTrend;

public sealed class GetAggregationTrendValidator : AbstractValidator<GetAggregationTrendQuery>
{
    public GetAggregationTrendValidator() =>
        RuleFor(q => q).Must(q => q.From is null || q.To is null || q.From <= q.To)
            .WithMessage(q => $"--from {q.From:yyyy-MM-dd} is after --to {q.To:yyyy-MM-dd}");
}
