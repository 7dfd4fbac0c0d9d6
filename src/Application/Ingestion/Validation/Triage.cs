using FluentValidation;
using SpaceX.Application.Ingestion.Documents;
using SpaceX.Domain;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Ingestion.Validation;

/// <summary>The records that pass, ready to write, and those that do not, with every reason.</summary>
public sealed record Triage<T>(IReadOnlyList<Staged<T>> Valid, IReadOnlyList<QuarantinedRecord> Quarantined)
{
    /// <summary>
    /// Refuses a document whose fields have the wrong JSON types (the validators' rules are about values of the
    /// right type), then validates it at the edge, then builds the domain record, whose own invariants may still
    /// refuse it; either way a refused record is quarantined, never dropped.
    /// </summary>
    public static Triage<T> Split<TDocument>(
        IEnumerable<TDocument> documents, IValidator<TDocument> validator, RecordKind kind, Func<TDocument, T> create)
        where TDocument : IApiDocument
    {
        var valid = new List<Staged<T>>();
        var quarantined = new List<QuarantinedRecord>();
        foreach (var document in documents)
        {
            var reasons = document.TypeErrors.Count > 0
                ? document.TypeErrors
                : validator.Validate(document).Errors.Select(e => e.ErrorMessage).ToList();
            if (reasons.Count > 0)
            {
                quarantined.Add(new QuarantinedRecord(kind, document.Id, reasons, document.Raw.Text));
                continue;
            }

            try
            {
                valid.Add(new Staged<T>(create(document), document.Raw));
            }
            catch (DomainException e)
            {
                quarantined.Add(new QuarantinedRecord(kind, document.Id, [e.Message], document.Raw.Text));
            }
        }

        return new Triage<T>(valid, quarantined);
    }
}
