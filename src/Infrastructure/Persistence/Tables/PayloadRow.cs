namespace SpaceX.Infrastructure.Persistence.Tables;

public sealed class PayloadRow
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? Type { get; set; }
    public decimal? MassKg { get; set; }
    public string? Orbit { get; set; }
    public string? LaunchId { get; set; }
    public required string ContentHash { get; set; }
    public required string Raw { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }
}
