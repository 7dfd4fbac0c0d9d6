namespace SpaceX.Domain.Launches;

/// <summary>
/// One first stage a launch flew (a Falcon Heavy flies three), in the order the API lists them: which booster, its
/// nth flight, and its landing. Every field may be unknown; the API leaves the booster out of some early launches.
/// </summary>
/// <param name="Position">Its place among the launch's cores, from 0.</param>
/// <param name="LandingType">ASDS (a drone ship), RTLS (back at the site) or Ocean, as the API writes it.</param>
public sealed record Core(
    int Position, string? CoreId, int? Flight, bool? Reused, bool? Gridfins, bool? Legs,
    bool? LandingAttempt, bool? LandingSuccess, string? LandingType, string? LandpadId)
{
    public static Core Create(
        int position, string? coreId, int? flight, bool? reused, bool? gridfins, bool? legs,
        bool? landingAttempt, bool? landingSuccess, string? landingType, string? landpadId)
    {
        if (coreId is not null)
        {
            SpaceXId.Require(coreId, "Core id");
        }

        if (landpadId is not null)
        {
            SpaceXId.Require(landpadId, "Landpad id");
        }

        return new Core(position, coreId, flight, reused, gridfins, legs, landingAttempt, landingSuccess, landingType, landpadId);
    }
}
