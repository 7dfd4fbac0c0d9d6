using FluentValidation;
using SpaceX.Application.Ingestion.Documents;
using SpaceX.Domain;
using SpaceX.Domain.Launches;

namespace SpaceX.Application.Ingestion.Validation;

/// <summary>
/// A launch as a document: well-formed fields and references. Whether its launchpad and rocket are known is the run's
/// question, not the document's (<c>RecordStager</c> asks it).
/// </summary>
public sealed class LaunchDocumentValidator : AbstractValidator<LaunchDocument>
{
    public LaunchDocumentValidator()
    {
        RuleFor(d => d.Id).Must(SpaceXId.IsValid).WithMessage("id is missing or not a 24-character hexadecimal id");
        RuleFor(d => d.FlightNumber).NotNull().WithMessage("flight_number is missing");
        RuleFor(d => d.Name).NotEmpty().WithMessage("name is missing").FitsColumn("name", StorageLimits.NameLength);
        RuleFor(d => d.DateUtc).Must(date => ApiDates.TryParse(date, out _))
            .WithMessage(d => $"date_utc '{d.DateUtc}' is not an ISO 8601 date");
        RuleFor(d => d.StaticFireDateUtc).Must(date => ApiDates.TryParse(date, out _))
            .When(d => d.StaticFireDateUtc is not null)
            .WithMessage(d => $"static_fire_date_utc '{d.StaticFireDateUtc}' is not an ISO 8601 date");
        RuleFor(d => d.DatePrecision).Must(DatePrecision.IsValid)
            .WithMessage(d => $"date_precision '{d.DatePrecision}' is not one of {string.Join(", ", DatePrecision.All)}");
        RuleFor(d => d.Upcoming).NotNull().WithMessage("upcoming is missing");
        RuleFor(d => d.Success).Null().When(d => d.Upcoming == true).WithMessage("an upcoming launch cannot have an outcome");
        RuleFor(d => d.LaunchpadId).Must(SpaceXId.IsValid).WithMessage("launchpad is missing or not a 24-character hexadecimal id");
        RuleFor(d => d.RocketId).Must(SpaceXId.IsValid).WithMessage("rocket is missing or not a 24-character hexadecimal id");
        RuleFor(d => d.PayloadIds).NotNull().WithMessage("payloads is missing")
            .Must(ids => ids!.Count <= StorageLimits.PayloadsPerLaunch)
            .WithMessage(d => $"payloads lists {d.PayloadIds!.Count} ids; at most {StorageLimits.PayloadsPerLaunch} are stored");
        RuleForEach(d => d.PayloadIds).Must(SpaceXId.IsValid).WithMessage("payloads lists a malformed id");
    }
}
