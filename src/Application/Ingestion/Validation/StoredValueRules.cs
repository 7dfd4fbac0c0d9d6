using FluentValidation;
using SpaceX.Application.Ingestion.Documents;

namespace SpaceX.Application.Ingestion.Validation;

/// <summary>Rules that keep a value within what its column stores (<see cref="StorageLimits"/>), naming the field.</summary>
internal static class StoredValueRules
{
    public static IRuleBuilderOptions<T, string?> FitsColumn<T>(this IRuleBuilder<T, string?> rule, string field, int maxLength) =>
        rule.Must(text => text is null || text.Length <= maxLength)
            .WithMessage((_, text) => $"{field} is {text!.Length} characters long; at most {maxLength} are stored");

    public static IRuleBuilderOptions<T, decimal?> FitsMassColumn<T>(this IRuleBuilder<T, decimal?> rule, string field) =>
        rule.Must(mass => mass is null || (Math.Abs(mass.Value) <= StorageLimits.MaxMassKg && decimal.Round(mass.Value, StorageLimits.MassScale) == mass.Value))
            .WithMessage((_, mass) =>
                $"{field} {mass} cannot be stored: at most {StorageLimits.MaxMassKg} kg with {StorageLimits.MassScale} decimals");
}
