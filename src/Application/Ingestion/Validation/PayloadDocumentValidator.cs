using FluentValidation;
using SpaceX.Application.Ingestion.Documents;
using SpaceX.Domain;

namespace SpaceX.Application.Ingestion.Validation;

public sealed class PayloadDocumentValidator : AbstractValidator<PayloadDocument>
{
    public PayloadDocumentValidator()
    {
        RuleFor(d => d.Id).Must(SpaceXId.IsValid).WithMessage("id is missing or not a 24-character hexadecimal id");
        RuleFor(d => d.Name).NotEmpty().WithMessage("name is missing");
        RuleFor(d => d.MassKg).GreaterThanOrEqualTo(0).WithMessage(d => $"mass_kg {d.MassKg} is negative");
    }
}
