namespace SpaceX.Application.Runs;

/// <summary>A record a run refused, with its reasons (joined by "; ").</summary>
public sealed record QuarantineEntry(Guid RunId, DateTimeOffset QuarantinedAt, string Kind, string? RecordId, string Reasons);
