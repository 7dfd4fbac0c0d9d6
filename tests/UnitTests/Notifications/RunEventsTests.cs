using SpaceX.Application.Ingestion;
using SpaceX.Application.Ingestion.Quality;
using SpaceX.Application.Notifications;
using SpaceX.Domain.Ingestion;

namespace SpaceX.UnitTests.Notifications;

public sealed class RunEventsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AQuietSuccessAfterASuccess_IsNoNews()
    {
        Assert.Empty(RunEvents.Succeeded(Succeeded(), Findings(), State(lastRunFailed: false), Now));
    }

    [Fact]
    public void ASuccessAfterAFailure_IsARecovery_AndWhatItFoundIsToldToo()
    {
        var findings = Findings(
            quarantined: [new QuarantinedRecord(RecordKind.Launch, "new", ["success: expected true or false"], "{}")],
            removed: ["gone"], drift: ["launch documents changed shape: new field(s) x"]);

        var events = RunEvents.Succeeded(Succeeded(), findings, State(lastRunFailed: true), Now);

        Assert.Equal([RunEventKind.Recovered, RunEventKind.Drift, RunEventKind.Quarantined, RunEventKind.Removed], events.Select(e => e.Kind));
        Assert.Equal("1 record(s) quarantined that the last successful run had not; first: launch new: success: expected true or false", events[2].Message);
    }

    [Theory]
    [InlineData(RecordKind.Launch)]
    [InlineData(RecordKind.Landpad)]
    public void ARecordQuarantinedAgain_IsNotNews(RecordKind kind)
    {
        var findings = Findings(quarantined: [new QuarantinedRecord(kind, "again", ["bad"], "{}")]);

        Assert.Empty(RunEvents.Succeeded(Succeeded(), findings, State(lastRunFailed: false, retryIds: ["again"]), Now));
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 0)]
    public void AFailure_IsNewsOnlyAfterARunThatDidNotFail(bool lastRunFailed, int told)
    {
        var run = IngestionRun.Start(IngestionMode.Incremental, Now);
        run.Fail("the API answered HTTP 500", 1, Now);

        var events = RunEvents.Failed(run, lastRunFailed, Now);

        Assert.Equal(told, events.Count);
        Assert.All(events, e => Assert.Equal(("the API answered HTTP 500", RunEventKind.Failed), (e.Message, e.Kind)));
    }

    private static IngestionRun Succeeded()
    {
        var run = IngestionRun.Start(IngestionMode.Incremental, Now);
        run.Succeed(new RunCounts(1, 0, 0, 1, 0, 0), 1, null, Now);
        return run;
    }

    private static RunFindings Findings(
        IReadOnlyList<QuarantinedRecord>? quarantined = null, IReadOnlyList<string>? removed = null, IReadOnlyList<string>? drift = null) =>
        new(quarantined ?? [], new Dictionary<RecordKind, SchemaFingerprint>(), [], removed ?? [], drift ?? []);

    /// <param name="retryIds">What the last successful run quarantined, as launch ids and as reference ids.</param>
    private static StoredState State(bool lastRunFailed, IReadOnlyCollection<string>? retryIds = null) =>
        new(null, null, lastRunFailed, 0, [], new HashSet<string>(), new HashSet<string>(), new HashSet<string>(),
            new Dictionary<RecordKind, SchemaFingerprint>(), retryIds ?? [], [], retryIds ?? []);
}
