using FluentValidation;
using SpaceX.Domain.Aggregations;

namespace SpaceX.Application.Aggregations.RecomputeAggregations;

public sealed class RecomputeAggregationsValidator : AbstractValidator<RecomputeAggregationsCommand>
{
    public RecomputeAggregationsValidator() =>
        RuleFor(c => c.Type).Equal(SnapshotType.Manual)
            .WithMessage("initial and incremental snapshots are written by ingestion runs, inside their transaction");
}
