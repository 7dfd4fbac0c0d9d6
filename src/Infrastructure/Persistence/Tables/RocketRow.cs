namespace SpaceX.Infrastructure.Persistence.Tables;

public sealed class RocketRow
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? Type { get; set; }
    public bool Active { get; set; }
    public required string ContentHash { get; set; }
    public required string Raw { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }
}
