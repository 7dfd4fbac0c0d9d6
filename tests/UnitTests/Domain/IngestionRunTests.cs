using SpaceX.Domain;
using SpaceX.Domain.Ingestion;

namespace SpaceX.UnitTests.Domain;

public sealed class IngestionRunTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Start_IsRunning()
    {
        var run = IngestionRun.Start(IngestionMode.Initial, Start);

        Assert.Equal(RunStatus.Running, run.Status);
        Assert.Null(run.FinishedAt);
    }

    [Fact]
    public void Succeed_NoQuarantine_IsSucceeded()
    {
        var run = IngestionRun.Start(IngestionMode.Incremental, Start);

        run.Succeed(new RunCounts(10, 2, 3, 5, 0, 5), httpRequests: 2, Start.AddHours(-1), Start.AddSeconds(1));

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal(Start.AddSeconds(1), run.FinishedAt);
        Assert.Equal(2, run.HttpRequests);
    }

    [Fact]
    public void Succeed_WithQuarantine_IsSucceededWithWarnings()
    {
        var run = IngestionRun.Start(IngestionMode.Incremental, Start);

        run.Succeed(new RunCounts(10, 9, 0, 0, 1, 9), 2, null, Start.AddSeconds(1));

        Assert.Equal(RunStatus.SucceededWithWarnings, run.Status);
    }

    [Fact]
    public void Succeed_Twice_Throws()
    {
        var run = IngestionRun.Start(IngestionMode.Initial, Start);
        run.Succeed(RunCounts.None, 1, null, Start.AddSeconds(1));

        Assert.Throws<DomainException>(() => run.Succeed(RunCounts.None, 1, null, Start.AddSeconds(2)));
    }

    [Fact]
    public void Fail_AfterSucceeded_Throws()
    {
        var run = IngestionRun.Start(IngestionMode.Initial, Start);
        run.Succeed(RunCounts.None, 1, null, Start.AddSeconds(1));

        Assert.Throws<DomainException>(() => run.Fail("late", 1, Start.AddSeconds(2)));
    }

    [Fact]
    public void Fail_RecordsTheError()
    {
        var run = IngestionRun.Start(IngestionMode.Initial, Start);

        run.Fail("HTTP 403", 3, Start.AddSeconds(1));

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal("HTTP 403", run.Error);
    }

    [Fact]
    public void Succeed_CountsThatDoNotAddUp_Throws()
    {
        var run = IngestionRun.Start(IngestionMode.Initial, Start);

        var error = Assert.Throws<DomainException>(() => run.Succeed(new RunCounts(10, 5, 0, 0, 0, 5), 1, null, Start.AddSeconds(1)));

        Assert.Contains("do not add up", error.Message);
        Assert.Equal(RunStatus.Running, run.Status);
    }

    [Fact]
    public void Succeed_BeforeItStarted_Throws()
    {
        var run = IngestionRun.Start(IngestionMode.Initial, Start);

        Assert.Throws<DomainException>(() => run.Succeed(RunCounts.None, 1, null, Start.AddSeconds(-1)));
    }
}
