namespace SpaceX.Infrastructure.Persistence.Tables;

/// <summary>Row of <c>launch_cores</c>: one first stage of a launch, at its place among the launch's cores.</summary>
public sealed class LaunchCoreRow
{
    public required string LaunchId { get; set; }
    public int Position { get; set; }
    public string? CoreId { get; set; }
    public int? Flight { get; set; }
    public bool? Reused { get; set; }
    public bool? Gridfins { get; set; }
    public bool? Legs { get; set; }
    public bool? LandingAttempt { get; set; }
    public bool? LandingSuccess { get; set; }
    public string? LandingType { get; set; }

    /// <summary>Not a foreign key: a core keeps the id of a pad the API does not serve valid (see the landing-pads report).</summary>
    public string? LandpadId { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }
}
