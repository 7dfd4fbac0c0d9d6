namespace SpaceX.Application.Ingestion;

/// <summary>A landing pad's own counters beside what its launches' cores say.</summary>
public sealed record LandpadCount(string Name, int? PadAttempts, int? PadSuccesses, long Attempts, long Successes);
