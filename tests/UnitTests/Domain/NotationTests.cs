using System.Text.Json;
using SpaceX.Domain;
using SpaceX.Domain.Aggregations;
using SpaceX.Domain.Ingestion;

namespace SpaceX.UnitTests.Domain;

public sealed class NotationTests
{
    public static TheoryData<Enum> EveryValue() =>
        [.. Enum.GetValues<IngestionMode>().Cast<Enum>(), .. Enum.GetValues<RunStatus>().Cast<Enum>(), .. Enum.GetValues<SnapshotType>().Cast<Enum>()];

    /// <summary>The JSON the CLI prints and the words of every other output agree, value by value.</summary>
    [Theory]
    [MemberData(nameof(EveryValue))]
    public void AValue_IsWrittenAsTheJsonWritesIt_AndReadBack(Enum value)
    {
        var written = Notation.Of(value);

        Assert.Equal(JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString()), written);
        Assert.Matches("^[a-z]+(_[a-z]+)*$", written);
    }

    [Fact]
    public void ModesAndStatuses_ReadBackFromTheirWords()
    {
        Assert.Equal(IngestionMode.FullRefresh, Notation.Parse<IngestionMode>("full_refresh"));
        Assert.Equal(RunStatus.SucceededWithWarnings, Notation.Parse<RunStatus>("succeeded_with_warnings"));
        Assert.Equal("'FullRefresh' is not one of initial, incremental, full_refresh, backfill.",
            Assert.Throws<DomainException>(() => Notation.Parse<IngestionMode>("FullRefresh")).Message);
    }

    [Fact]
    public void AMoment_IsUtcWithAZ_ToTheSecondForPeople_ExactlyForMachines()
    {
        var moment = new DateTimeOffset(2026, 12, 3, 8, 55, 21, 250, TimeSpan.FromHours(2));

        Assert.Equal("2026-12-03T06:55:21Z", Notation.Of(moment));
        Assert.Equal("2026-12-03T06:55:21.25Z", Notation.Exactly(moment));
        Assert.Equal("2026-12-03T06:55:21Z", Notation.Exactly(moment.AddMilliseconds(-250)));
        Assert.Equal("none", Notation.Of((DateTimeOffset?)null));
    }

    [Theory]
    [InlineData(90, "90s")]
    [InlineData(1800, "30m")]
    [InlineData(7200, "2h")]
    [InlineData(86400, "1d")]
    [InlineData(0.5, "0.5s")]
    public void ADuration_IsWrittenAsTheCommandLineTakesIt(double seconds, string written) =>
        Assert.Equal(written, Notation.Of(TimeSpan.FromSeconds(seconds)));
}
