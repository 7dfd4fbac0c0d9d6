using FluentValidation;
using SpaceX.Application.Ingestion.Documents;
using SpaceX.Domain;

namespace SpaceX.Application.Ingestion.Validation;

public sealed class LandpadDocumentValidator : AbstractValidator<LandpadDocument>
{
    public LandpadDocumentValidator()
    {
        RuleFor(d => d.Id).Must(SpaceXId.IsValid).WithMessage("id is missing or not a 24-character hexadecimal id");
        RuleFor(d => d.Name).NotEmpty().WithMessage("name is missing").FitsColumn("name", StorageLimits.NameLength);
        RuleFor(d => d.FullName).FitsColumn("full_name", StorageLimits.NameLength);
        RuleFor(d => d.Type).FitsColumn("type", StorageLimits.TextLength);
        RuleFor(d => d.Status).FitsColumn("status", StorageLimits.TextLength);
        RuleFor(d => d.Locality).FitsColumn("locality", StorageLimits.TextLength);
        RuleFor(d => d.Region).FitsColumn("region", StorageLimits.TextLength);
        RuleFor(d => d.LandingAttempts).GreaterThanOrEqualTo(0).WithMessage("landing_attempts is negative");
        RuleFor(d => d.LandingSuccesses).GreaterThanOrEqualTo(0).WithMessage("landing_successes is negative");
    }
}
