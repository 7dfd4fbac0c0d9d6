namespace SpaceX.Infrastructure.Persistence.Tables;

/// <summary>Row of <c>landpads</c>: each landing pad or drone ship, with the counters the API keeps for it.</summary>
public sealed class LandpadRow
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? FullName { get; set; }
    public string? Type { get; set; }
    public string? Status { get; set; }
    public string? Locality { get; set; }
    public string? Region { get; set; }
    public int? LandingAttempts { get; set; }
    public int? LandingSuccesses { get; set; }
    public required string ContentHash { get; set; }
    public required string Raw { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }
}
