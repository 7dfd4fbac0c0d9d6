namespace SpaceX.Domain.Reference;

/// <summary>A landing pad or drone ship, with the landing counters the API keeps for it (apart from the launches).</summary>
public sealed record Landpad(
    string Id, string Name, string? FullName, string? Type, string? Status, string? Locality, string? Region,
    int? LandingAttempts, int? LandingSuccesses)
{
    public static Landpad Create(
        string id, string name, string? fullName, string? type, string? status, string? locality, string? region,
        int? landingAttempts, int? landingSuccesses)
    {
        SpaceXId.Require(id, "Landpad id");
        return string.IsNullOrWhiteSpace(name)
            ? throw new DomainException($"Landpad {id} has no name.")
            : new Landpad(id, name, fullName, type, status, locality, region, landingAttempts, landingSuccesses);
    }
}
