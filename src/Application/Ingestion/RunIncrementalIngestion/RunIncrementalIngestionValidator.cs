using FluentValidation;

namespace SpaceX.Application.Ingestion.RunIncrementalIngestion;

public sealed class RunIncrementalIngestionValidator : AbstractValidator<RunIncrementalIngestionCommand>
{
    public RunIncrementalIngestionValidator()
    {
        RuleFor(c => c.LookbackDays).InclusiveBetween(0, 3650).WithMessage("--lookback must be between 0 and 3650 days");
        RuleFor(c => c.MaxInvalidPercent).InclusiveBetween(0, 100).WithMessage("--max-invalid must be between 0 and 100 percent");
        RuleFor(c => c.From).NotNull().When(c => c.To is not null).WithMessage("--to needs --from");
        RuleFor(c => c).Must(c => c.From <= c.To).When(c => c.From is not null && c.To is not null)
            .WithMessage("--from must not be after --to");
        RuleFor(c => c).Must(c => !(c.FullRefresh && c.IsBackfill))
            .WithMessage("--full-refresh fetches everything: it cannot be combined with --from/--to");
    }
}
