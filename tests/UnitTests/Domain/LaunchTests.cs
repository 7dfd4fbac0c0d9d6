using SpaceX.Domain;
using SpaceX.UnitTests.Support;
using Launches = SpaceX.UnitTests.Support.Launches;

namespace SpaceX.UnitTests.Domain;

public sealed class LaunchTests
{
    [Fact]
    public void RealSnapshot_AllLaunchesAreValid_AndFlightNumbersRepeat()
    {
        var launches = Snapshot.Launches;

        Assert.Equal(205, launches.Count);
        Assert.Equal(205, launches.Select(l => l.Id).Distinct().Count());
        Assert.Equal(201, launches.Select(l => l.FlightNumber).Distinct().Count());
        Assert.Equal(4, launches.Count(l => l.FlightNumber == 188));
        Assert.Equal(2, launches.Count(l => l.FlightNumber == 198));
    }

    [Fact]
    public void StaticFireDelay_StaticFireDatedAfterLaunch_IsNull()
    {
        // OG-2 Mission 1: the API dates its static fire 17 months after the launch.
        var launch = Snapshot.Launch("5eb87ce4ffd86e000604b338");

        Assert.NotNull(launch.StaticFireDateUtc);
        Assert.Null(launch.StaticFireDelayHours);
    }

    [Fact]
    public void StaticFireDelay_StaticFireAtLaunchTime_IsZero()
    {
        // Amos-6 exploded during its static fire: the API gives both the same date.
        Assert.Equal(0, Snapshot.Launch("5eb87cfbffd86e000604b34b").StaticFireDelayHours);
    }

    [Fact]
    public void StaticFireDelay_StaticFireBeforeLaunch_IsHoursBetween()
    {
        var launchTime = new DateTimeOffset(2020, 5, 30, 19, 22, 0, TimeSpan.Zero);

        var launch = Launches.Flown(true, launchTime, launchTime.AddHours(-36.5));

        Assert.Equal(36.5, launch.StaticFireDelayHours);
    }

    [Fact]
    public void StaticFireDelay_RealSnapshot_NoNegativeDelays()
    {
        var delays = Snapshot.Launches.Select(l => l.StaticFireDelayHours).OfType<double>().ToList();

        Assert.Equal(119, delays.Count); // 121 static fires, 2 after their launch; Amos-6 and FormoSat-5 at it
        Assert.Equal(2, delays.Count(d => d == 0));
        Assert.All(delays, d => Assert.True(d >= 0));
    }

    [Fact]
    public void Create_UpcomingWithOutcome_Throws()
    {
        var error = Assert.Throws<DomainException>(() => SpaceX.Domain.Launches.Launch.Create(
            Launches.NewId(), 1, "x", DateTimeOffset.UtcNow, "day", upcoming: true, success: true, null,
            Launches.LaunchpadId, Launches.RocketId, []));

        Assert.Contains("upcoming", error.Message);
    }

    [Theory]
    [InlineData("5eb87cd9ffd86e000604b32")]
    [InlineData("5EB87CD9FFD86E000604B32A")]
    [InlineData("5eb87cd9ffd86e000604b32z")]
    [InlineData("")]
    public void Create_MalformedId_Throws(string id)
    {
        Assert.Throws<DomainException>(() => SpaceX.Domain.Launches.Launch.Create(
            id, 1, "x", DateTimeOffset.UtcNow, "day", false, true, null, Launches.LaunchpadId, Launches.RocketId, []));
    }

    [Fact]
    public void Create_UnknownDatePrecision_Throws()
    {
        Assert.Throws<DomainException>(() => SpaceX.Domain.Launches.Launch.Create(
            Launches.NewId(), 1, "x", DateTimeOffset.UtcNow, "week", false, true, null, Launches.LaunchpadId, Launches.RocketId, []));
    }

    [Fact]
    public void Create_DateWithOffset_IsStoredInUtc()
    {
        var launch = Launches.Flown(true, new DateTimeOffset(2020, 1, 1, 12, 0, 0, TimeSpan.FromHours(-5)));

        Assert.Equal(TimeSpan.Zero, launch.DateUtc.Offset);
        Assert.Equal(17, launch.DateUtc.Hour);
    }
}
