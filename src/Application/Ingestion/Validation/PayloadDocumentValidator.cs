using FluentValidation;
using SpaceX.Application.Ingestion.Documents;
using SpaceX.Domain;

namespace SpaceX.Application.Ingestion.Validation;

public sealed class PayloadDocumentValidator : AbstractValidator<PayloadDocument>
{
    public PayloadDocumentValidator()
    {
        RuleFor(d => d.Id).Must(SpaceXId.IsValid).WithMessage("id is missing or not a 24-character hexadecimal id");
        RuleFor(d => d.Name).NotEmpty().WithMessage("name is missing").FitsColumn("name", StorageLimits.NameLength);
        RuleFor(d => d.Type).FitsColumn("type", StorageLimits.TextLength);
        RuleFor(d => d.Orbit).FitsColumn("orbit", StorageLimits.TextLength);
        RuleFor(d => d.MassKg).GreaterThanOrEqualTo(0).WithMessage(d => $"mass_kg {d.MassKg} is negative").FitsMassColumn("mass_kg");
        RuleFor(d => d.LaunchId).Must(id => id is null || SpaceXId.IsValid(id)).WithMessage(d => $"launch '{d.LaunchId}' is not a 24-character hexadecimal id");
    }
}
