using SpaceX.Application.Ingestion.RunIncrementalIngestion;

namespace SpaceX.UnitTests.Ingestion;

public sealed class RunIncrementalIngestionValidatorTests
{
    private static readonly DateTimeOffset Day = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly RunIncrementalIngestionValidator _validator = new();

    [Fact]
    public void Defaults_AreValid() => Assert.True(_validator.Validate(new RunIncrementalIngestionCommand()).IsValid);

    [Fact]
    public void FromAfterTo_IsInvalid() =>
        Assert.Contains("--from must not be after --to", Errors(new RunIncrementalIngestionCommand(From: Day.AddDays(1), To: Day)));

    [Fact]
    public void ToWithoutFrom_IsInvalid() =>
        Assert.Contains("--to needs --from", Errors(new RunIncrementalIngestionCommand(To: Day)));

    [Fact]
    public void FullRefreshWithARange_IsInvalid() =>
        Assert.Single(Errors(new RunIncrementalIngestionCommand(FullRefresh: true, From: Day)));

    [Theory]
    [InlineData(-1, 20)]
    [InlineData(30, 101)]
    [InlineData(30, -0.1)]
    public void OutOfRangeSettings_AreInvalid(int lookback, double maxInvalid) =>
        Assert.Single(Errors(new RunIncrementalIngestionCommand(LookbackDays: lookback, MaxInvalidPercent: maxInvalid)));

    private List<string> Errors(RunIncrementalIngestionCommand command) =>
        _validator.Validate(command).Errors.Select(e => e.ErrorMessage).ToList();
}
