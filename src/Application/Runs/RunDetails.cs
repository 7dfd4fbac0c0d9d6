namespace SpaceX.Application.Runs;

/// <summary>One run and the records it quarantined.</summary>
public sealed record RunDetails(RunRecord Run, IReadOnlyList<QuarantineEntry> Quarantined);
