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
        RuleFor(d => d.PayloadIds).Must(ids => ids is null || ids.All(SpaceXId.IsValid))
            .WithMessage(d => $"payloads lists a malformed id '{d.PayloadIds!.First(id => !SpaceXId.IsValid(id))}'");
        RuleFor(d => d.Cores).NotNull().WithMessage("cores is missing");
        RuleFor(d => d.Cores).Custom((cores, context) =>
        {
            for (var i = 0; i < (cores?.Count ?? 0); i++)
            {
                foreach (var problem in CoreProblems(cores![i]))
                {
                    context.AddFailure($"cores[{i}].{problem}");
                }
            }
        });
    }

    private static IEnumerable<string> CoreProblems(CoreDocument core)
    {
        if (core.CoreId is not null && !SpaceXId.IsValid(core.CoreId))
        {
            yield return "core is not a 24-character hexadecimal id";
        }

        if (core.LandpadId is not null && !SpaceXId.IsValid(core.LandpadId))
        {
            yield return "landpad is not a 24-character hexadecimal id";
        }

        if (core.Flight is < 1)
        {
            yield return $"flight {core.Flight} is not a booster's flight number (1 or more)";
        }

        if (core.LandingType is { Length: > StorageLimits.TextLength })
        {
            yield return $"landing_type is {core.LandingType.Length} characters long; at most {StorageLimits.TextLength} are stored";
        }
    }
}
