using SpaceX.Domain.Launches;

namespace SpaceX.UnitTests.Support;

/// <summary>Builds launches for tests that need one specific shape rather than the real data.</summary>
public static class Launches
{
    public const string LaunchpadId = "5e9e4501f509094ba4566f84";
    public const string RocketId = "5e9d0d95eda69973a809d1ec";

    public static Launch Flown(bool? success, DateTimeOffset? date = null, DateTimeOffset? staticFire = null) =>
        Create(upcoming: false, success, date, staticFire);

    public static Launch Upcoming(DateTimeOffset? date = null) => Create(upcoming: true, success: null, date, null);

    private static Launch Create(bool upcoming, bool? success, DateTimeOffset? date, DateTimeOffset? staticFire) =>
        Launch.Create(
            NewId(), 1, "Test launch", date ?? new DateTimeOffset(2020, 1, 1, 12, 0, 0, TimeSpan.Zero), "hour",
            upcoming, success, staticFire, LaunchpadId, RocketId, []);

    public static string NewId() => Guid.NewGuid().ToString("N")[..24];
}
