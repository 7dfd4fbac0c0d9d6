using SpaceX.Domain.Launches;

namespace SpaceX.UnitTests.Support;

/// <summary>Builds launches for tests that need one specific shape rather than the real data.</summary>
public static class Launches
{
    public const string LaunchpadId = "5e9e4501f509094ba4566f84";
    public const string RocketId = "5e9d0d95eda69973a809d1ec";

    public static Launch Flown(bool? success, DateTimeOffset? date = null) =>
        Launch.Create(
            NewId(), 1, "Test launch", date ?? new DateTimeOffset(2020, 1, 1, 12, 0, 0, TimeSpan.Zero), "hour",
            upcoming: false, success, null, LaunchpadId, RocketId, [], []);

    public static string NewId() => Guid.NewGuid().ToString("N")[..24];
}
