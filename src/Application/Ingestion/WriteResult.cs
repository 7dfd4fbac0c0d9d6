using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Ingestion;

/// <summary>What a write did: launch counts, payload changes, and the high-water mark after it.</summary>
public sealed record WriteResult(RunCounts Counts, int PayloadsWritten, DateTimeOffset? HighWaterMark);
