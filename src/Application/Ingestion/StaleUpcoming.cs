namespace SpaceX.Application.Ingestion;

/// <summary>A launch still marked upcoming although its date has passed.</summary>
public sealed record StaleUpcoming(string Name, DateTimeOffset DateUtc);
