namespace SpaceX.Infrastructure.Persistence.Tables;

/// <summary>Row of <c>raw_launches</c>: append-only, one row per distinct JSON the API served for a launch.</summary>
public sealed class RawLaunchRow
{
    public long Id { get; set; }
    public required string LaunchId { get; set; }
    public required string ContentHash { get; set; }
    public required string Payload { get; set; }
    public Guid RunId { get; set; }
    public DateTimeOffset IngestedAt { get; set; }
}
