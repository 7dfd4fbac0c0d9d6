namespace SpaceX.Infrastructure.Persistence.Tables;

public sealed class LaunchpadRow
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? FullName { get; set; }
    public string? Locality { get; set; }
    public string? Region { get; set; }
    public string? Status { get; set; }
    public required string ContentHash { get; set; }
    public required string Raw { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }
}
