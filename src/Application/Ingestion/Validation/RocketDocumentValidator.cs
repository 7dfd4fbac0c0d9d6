using FluentValidation;
using SpaceX.Application.Ingestion.Documents;
using SpaceX.Domain;

namespace SpaceX.Application.Ingestion.Validation;

public sealed class RocketDocumentValidator : AbstractValidator<RocketDocument>
{
    public RocketDocumentValidator()
    {
        RuleFor(d => d.Id).Must(SpaceXId.IsValid).WithMessage("id is missing or not a 24-character hexadecimal id");
        RuleFor(d => d.Name).NotEmpty().WithMessage("name is missing").FitsColumn("name", StorageLimits.NameLength);
        RuleFor(d => d.Type).FitsColumn("type", StorageLimits.TextLength);
        RuleFor(d => d.Active).NotNull().WithMessage("active is missing");
    }
}
