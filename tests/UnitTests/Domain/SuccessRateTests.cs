using SpaceX.Domain.Launches;
using SpaceX.UnitTests.Support;
using Launches = SpaceX.UnitTests.Support.Launches;

namespace SpaceX.UnitTests.Domain;

public sealed class SuccessRateTests
{
    [Fact]
    public void Percent_RealSnapshot_LeavesOutUpcomingAndUnknownOutcomes()
    {
        // 181 successes, 5 failures; 18 upcoming and Starlink 3-1 (flown, outcome unknown) are left out.
        Assert.Equal(Math.Round(100m * 181 / 186, 2), SuccessRate.Percent(Snapshot.Launches));
        Assert.Equal(97.31m, SuccessRate.Percent(Snapshot.Launches));
    }

    [Fact]
    public void Percent_UpcomingAndUnknownOnly_IsNull()
    {
        Assert.Null(SuccessRate.Percent([Launches.Upcoming(), Launches.Flown(success: null)]));
    }

    [Fact]
    public void Percent_UnknownOutcome_IsNotAFailure()
    {
        var launches = new[] { Launches.Flown(true), Launches.Flown(null), Launches.Upcoming() };

        Assert.Equal(100m, SuccessRate.Percent(launches));
    }

    [Fact]
    public void Percent_RoundsToTwoDecimals()
    {
        Assert.Equal(66.67m, SuccessRate.Percent(2, 1));
    }
}
