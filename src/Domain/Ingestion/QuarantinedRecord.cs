namespace SpaceX.Domain.Ingestion;

/// <summary>A record the API served that failed validation: kept with its reasons and raw JSON, never dropped.</summary>
public sealed record QuarantinedRecord(RecordKind Kind, string? RecordId, IReadOnlyList<string> Reasons, string RawJson);
