namespace SpaceX.Infrastructure.Persistence.Tables;

/// <summary>Row of <c>launches</c>: the current state of each launch.</summary>
public sealed class LaunchRow
{
    public required string Id { get; set; }
    public int FlightNumber { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset DateUtc { get; set; }
    public required string DatePrecision { get; set; }
    public bool Upcoming { get; set; }
    public bool? Success { get; set; }
    public DateTimeOffset? StaticFireDateUtc { get; set; }
    public required string LaunchpadId { get; set; }
    public required string RocketId { get; set; }
    public required string[] PayloadIds { get; set; }
    public decimal? TotalPayloadMassKg { get; set; }
    public required string ContentHash { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }
    public Guid FirstSeenRunId { get; set; }
    public Guid LastChangedRunId { get; set; }
}
