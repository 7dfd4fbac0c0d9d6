using FluentValidation;
using SpaceX.Application.Ingestion.Documents;
using SpaceX.Domain;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Ingestion.Validation;

/// <summary>The records that pass, ready to write, and those that do not, with every reason.</summary>
public sealed record Triage<T>(IReadOnlyList<Staged<T>> Valid, IReadOnlyList<QuarantinedRecord> Quarantined)
{
    /// <summary>
    /// Validates each document at the edge, then builds the domain record, whose own invariants may still refuse
    /// it; either way a refused record is quarantined, never dropped.
    /// </summary>
    public static Triage<T> Sort<TDocument>(
        IEnumerable<TDocument> documents, IValidator<TDocument> validator, string entity,
        Func<TDocument, string?> id, Func<TDocument, RawJson> raw, Func<TDocument, T> create)
    {
        var valid = new List<Staged<T>>();
        var quarantined = new List<QuarantinedRecord>();
        foreach (var document in documents)
        {
            var result = validator.Validate(document);
            if (!result.IsValid)
            {
                quarantined.Add(new QuarantinedRecord(entity, id(document), result.Errors.Select(e => e.ErrorMessage).ToList(), raw(document).Text));
                continue;
            }

            try
            {
                valid.Add(new Staged<T>(create(document), raw(document)));
            }
            catch (DomainException e)
            {
                quarantined.Add(new QuarantinedRecord(entity, id(document), [e.Message], raw(document).Text));
            }
        }

        return new Triage<T>(valid, quarantined);
    }
}
