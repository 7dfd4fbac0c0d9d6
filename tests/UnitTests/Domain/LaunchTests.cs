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
    public void Create_UpcomingWithOutcome_Throws()
    {
        var error = Assert.Throws<DomainException>(() => SpaceX.Domain.Launches.Launch.Create(
            Launches.NewId(), 1, "x", DateTimeOffset.UtcNow, "day", upcoming: true, success: true, null,
            Launches.LaunchpadId, Launches.RocketId, [], []));

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
            id, 1, "x", DateTimeOffset.UtcNow, "day", false, true, null, Launches.LaunchpadId, Launches.RocketId, [], []));
    }

    [Fact]
    public void Create_UnknownDatePrecision_Throws()
    {
        Assert.Throws<DomainException>(() => SpaceX.Domain.Launches.Launch.Create(
            Launches.NewId(), 1, "x", DateTimeOffset.UtcNow, "week", false, true, null, Launches.LaunchpadId, Launches.RocketId, [], []));
    }

    [Fact]
    public void Create_DateWithOffset_IsStoredInUtc()
    {
        var launch = Launches.Flown(true, new DateTimeOffset(2020, 1, 1, 12, 0, 0, TimeSpan.FromHours(-5)));

        Assert.Equal(TimeSpan.Zero, launch.DateUtc.Offset);
        Assert.Equal(17, launch.DateUtc.Hour);
    }
}
