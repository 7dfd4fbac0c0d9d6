using SpaceX.Domain;
using SpaceX.Domain.Ingestion;

namespace SpaceX.UnitTests.Domain;

public sealed class IngestionStateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Crew5 = new(2022, 10, 5, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Advance_FromEmpty_SetsTheMark()
    {
        var state = IngestionState.Empty();

        state.Advance(Crew5, Now);

        Assert.Equal(Crew5, state.HighWaterMark);
    }

    [Fact]
    public void Advance_ToSameDate_KeepsTheMark()
    {
        var state = IngestionState.At(Crew5);

        state.Advance(Crew5, Now);

        Assert.Equal(Crew5, state.HighWaterMark);
    }

    [Fact]
    public void Advance_ToEarlierDate_Throws()
    {
        var state = IngestionState.At(Crew5);

        Assert.Throws<DomainException>(() => state.Advance(Crew5.AddDays(-1), Now));
        Assert.Equal(Crew5, state.HighWaterMark);
    }

    [Fact]
    public void Advance_IntoTheFuture_Throws()
    {
        var state = IngestionState.At(Crew5);

        // SWOT, upcoming on 2022-12-05, seen from a clock in October 2022.
        var error = Assert.Throws<DomainException>(() => state.Advance(new DateTimeOffset(2022, 12, 5, 0, 0, 0, TimeSpan.Zero), Crew5.AddDays(1)));

        Assert.Contains("future", error.Message);
        Assert.Equal(Crew5, state.HighWaterMark);
    }
}
