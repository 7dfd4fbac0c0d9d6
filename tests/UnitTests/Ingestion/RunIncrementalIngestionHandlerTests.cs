using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using SpaceX.Application.Ingestion;
using SpaceX.Application.Ingestion.Documents;
using SpaceX.Application.Ingestion.Quality;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.Application.Monitoring;
using SpaceX.Application.Notifications;
using SpaceX.Domain.Ingestion;
using SpaceX.Domain.Launches;
using SpaceX.Domain.Reference;
using SpaceX.UnitTests.Support;
using Launches = SpaceX.UnitTests.Support.Launches;
using Launch = SpaceX.Domain.Launches.Launch;

namespace SpaceX.UnitTests.Ingestion;

public sealed class RunIncrementalIngestionHandlerTests
{
    private static readonly DateTimeOffset Mark = new(2022, 10, 5, 16, 0, 0, TimeSpan.Zero);
    private readonly ISpaceXSource _source = Substitute.For<ISpaceXSource>();
    private readonly IIngestionStore _store = Substitute.For<IIngestionStore>();
    private readonly IRunLock _lock = Substitute.For<IRunLock>();
    private readonly INotifier _notifier = Substitute.For<INotifier>();
    private readonly IRunTransaction _transaction = Substitute.For<IRunTransaction, IAppliedRun>();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    private IAppliedRun Applied => (IAppliedRun)_transaction;

    public RunIncrementalIngestionHandlerTests()
    {
        _store.AcquireRunLockAsync(Arg.Any<bool>(), Arg.Any<CancellationToken>()).Returns(_lock);
        Serve(Documents.Launch());
        _source.FetchPayloadsAsync(Arg.Any<IReadOnlyCollection<string>?>(), Arg.Any<CancellationToken>()).Returns(Pages<PayloadDocument>());
        _source.FetchLaunchpadsAsync(Arg.Any<CancellationToken>()).Returns([]);
        _source.FetchRocketsAsync(Arg.Any<CancellationToken>()).Returns([]);
        _source.FetchLandpadsAsync(Arg.Any<CancellationToken>()).Returns([]);
        _source.FieldsSeen.Returns(new Dictionary<RecordKind, FieldCensus>());
        _lock.BeginRunTransactionAsync(Arg.Any<IngestionRun>(), Arg.Any<bool>(), Arg.Any<CancellationToken>()).Returns(_transaction);
        _transaction.ApplyAsync(Arg.Any<RunFindings>(), Arg.Any<CancellationToken>()).Returns(Applied);
        Applied.Changes.Returns(new AppliedChanges(0, 0, 0, 0, 0, Mark));
        // By default the glance finds everything changed: the run fetches in full.
        _source.GlanceAtLaunchesAsync(Arg.Any<LaunchSelection>(), Arg.Any<CancellationToken>())
            .Returns(_ => Pages(new GlancedLaunch("5eb87cd9ffd86e000604b32a", new string('a', 64))));
        _transaction.FindChangedLaunchesAsync(Arg.Any<IReadOnlyList<GlancedLaunch>>(), Arg.Any<CancellationToken>())
            .Returns(call => call.Arg<IReadOnlyList<GlancedLaunch>>());
        _transaction.FindStaleUpcomingAsync(Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>())
            .Returns([]);
    }

    [Fact]
    public async Task Incremental_WhenTheGlanceFindsNothingChanged_FetchesNothingMore_AndCountsTheLaunchesUnchanged()
    {
        Stored(launchCount: 205, highWaterMark: Mark);
        _source.GlanceAtLaunchesAsync(Arg.Any<LaunchSelection>(), Arg.Any<CancellationToken>())
            .Returns(_ => Pages(new GlancedLaunch("a", new string('a', 64)), new GlancedLaunch("b", new string('b', 64))));
        _transaction.FindChangedLaunchesAsync(Arg.Any<IReadOnlyList<GlancedLaunch>>(), Arg.Any<CancellationToken>()).Returns([]);

        var report = await Handle(new RunIncrementalIngestionCommand());

        _source.DidNotReceive().FetchLaunchesAsync(Arg.Any<LaunchSelection>(), Arg.Any<CancellationToken>());
        _source.DidNotReceive().FetchPayloadsAsync(Arg.Any<IReadOnlyCollection<string>?>(), Arg.Any<CancellationToken>());
        await Applied.Received(1).SaveGlanceAsync(Arg.Is<IReadOnlyList<GlancedLaunch>>(o => o.Count == 2), Arg.Any<CancellationToken>());
        await _transaction.Received(1).FindUnservedLaunchesAsync(
            Arg.Any<LaunchSelection>(), Arg.Is<IReadOnlyCollection<string>>(ids => ids.SequenceEqual(new[] { "a", "b" })), Arg.Any<CancellationToken>());
        Assert.Equal(new RunCounts(2, 0, 0, 2, 0, 0), report.Counts);
    }

    [Fact]
    public async Task EmptyDatabase_RunsInitial_FetchingEverything()
    {
        Stored(launchCount: 0, highWaterMark: null);

        var report = await Handle(new RunIncrementalIngestionCommand());

        Assert.Equal(IngestionMode.Initial, report.Mode);
        _source.Received(1).FetchLaunchesAsync(LaunchSelection.All, Arg.Any<CancellationToken>());
        _source.Received(1).FetchPayloadsAsync(null, Arg.Any<CancellationToken>());
        await _source.Received(1).FetchLaunchpadsAsync(Arg.Any<CancellationToken>());
        await _lock.Received(1).StartRunAsync(Arg.Is<IngestionRun>(r => r.Mode == IngestionMode.Initial), Arg.Any<CancellationToken>());
        await _transaction.Received(1).StageLaunchesAsync(Arg.Is<IReadOnlyList<Staged<Launch>>>(l => l.Count == 1), Arg.Any<CancellationToken>());
        await Applied.Received(1).CommitAsync(Arg.Any<IngestionRun>(), Arg.Any<RunNotes>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Incremental_RereadsTheLookbackWindowStoredUpcomingLaunchesAndTheReferenceCollections()
    {
        var upcoming = Launches.NewId();
        Stored(launchCount: 205, highWaterMark: Mark, upcomingIds: [upcoming]);

        await Handle(new RunIncrementalIngestionCommand(LookbackDays: 10));

        _source.Received(1).FetchLaunchesAsync(
            Arg.Is<LaunchSelection>(s => s.From == Mark.AddDays(-10) && s.To == null && s.AlsoIds.Single() == upcoming),
            Arg.Any<CancellationToken>());
        await _source.Received(1).FetchLaunchpadsAsync(Arg.Any<CancellationToken>()); // as fresh as the launches
        await _source.Received(1).FetchLandpadsAsync(Arg.Any<CancellationToken>());
        _source.DidNotReceive().FetchPayloadsAsync(Arg.Any<IReadOnlyCollection<string>?>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Incremental_LaunchOnAnUnknownLaunchpad_FetchesTheLaunchpads()
    {
        Stored(launchCount: 205, highWaterMark: Mark);
        var pad = Launches.NewId();
        Serve(Documents.Launch(launchpad: pad));
        _source.FetchLaunchpadsAsync(Arg.Any<CancellationToken>()).Returns([new LaunchpadDocument(pad, "New pad", null, null, null, "active", Documents.Raw(), [])]);

        var report = await Handle(new RunIncrementalIngestionCommand());

        await _source.Received(1).FetchLaunchpadsAsync(Arg.Any<CancellationToken>());
        await _transaction.Received(1).StageLaunchpadsAsync(Arg.Is<IReadOnlyList<Staged<Launchpad>>>(p => p.Single().Record.Id == pad), Arg.Any<CancellationToken>());
        await _transaction.Received(1).StageLaunchesAsync(Arg.Is<IReadOnlyList<Staged<Launch>>>(l => l.Count == 1), Arg.Any<CancellationToken>());
        Assert.Empty(report.Quarantined);
    }

    [Fact]
    public async Task Incremental_FetchesThePayloadsOfEveryPage_ByIdOnceTheLaunchesAreIn()
    {
        Stored(launchCount: 205, highWaterMark: Mark);
        string[] first = [Launches.NewId(), Launches.NewId()], second = [Launches.NewId()];
        _source.FetchLaunchesAsync(Arg.Any<LaunchSelection>(), Arg.Any<CancellationToken>()).Returns(
            TwoPages(Documents.Launch(payloads: first), Documents.Launch(payloads: [.. second, first[0]])));
        IReadOnlyCollection<string>? asked = null;
        _source.FetchPayloadsAsync(Arg.Do<IReadOnlyCollection<string>?>(ids => asked = [.. ids!]), Arg.Any<CancellationToken>())
            .Returns(Pages<PayloadDocument>());

        await Handle(new RunIncrementalIngestionCommand());

        Assert.Equal(first.Concat(second).Order(StringComparer.Ordinal), asked!.Order(StringComparer.Ordinal));
        await _transaction.Received(2).StageLaunchesAsync(Arg.Is<IReadOnlyList<Staged<Launch>>>(l => l.Count == 1), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task LockHeldElsewhere_ThrowsRunInProgress_AndStartsNoRun()
    {
        _store.AcquireRunLockAsync(Arg.Any<bool>(), Arg.Any<CancellationToken>()).Returns((IRunLock?)null);

        await Assert.ThrowsAsync<RunInProgressException>(() => Handle(new RunIncrementalIngestionCommand()));

        await _lock.DidNotReceive().StartRunAsync(Arg.Any<IngestionRun>(), Arg.Any<CancellationToken>());
        _source.DidNotReceive().FetchLaunchesAsync(Arg.Any<LaunchSelection>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task SourceFails_RecordsTheFailedRun_WritesNothing_AndRethrows()
    {
        Stored(launchCount: 205, highWaterMark: Mark);
        _source.FetchLaunchesAsync(Arg.Any<LaunchSelection>(), Arg.Any<CancellationToken>())
            .Returns(Failing<LaunchDocument>(new SpaceXSourceException("HTTP 403 (Forbidden) with an HTML page")));

        var error = await Assert.ThrowsAsync<SpaceXSourceException>(() => Handle(new RunIncrementalIngestionCommand()));

        Assert.Contains("403", error.Message);
        await _store.Received(1).RecordEndAsync(
            Arg.Is<IngestionRun>(r => r.Status == RunStatus.Failed && r.Error!.Contains("403")), Arg.Is<RunNotes>(n => n.Steps[0].Step == "prepare"),
            Arg.Any<CancellationToken>());
        await Applied.DidNotReceive().CommitAsync(Arg.Any<IngestionRun>(), Arg.Any<RunNotes>(), Arg.Any<CancellationToken>());
        await _transaction.Received(1).DisposeAsync();
    }

    [Fact]
    public async Task BadRecordsAboveTheThreshold_FailTheRunWithoutWriting()
    {
        Stored(launchCount: 205, highWaterMark: Mark);
        Serve(Documents.Launch(), Documents.Launch(date: "yesterday"), Documents.Launch(date: "tomorrow"));

        var error = await Assert.ThrowsAsync<IngestionFailedException>(() => Handle(new RunIncrementalIngestionCommand(MaxInvalidPercent: 20)));

        Assert.StartsWith("2 of 3 launch records failed validation (40% > 20%, counted over at least 5)", error.Message);
        await Applied.DidNotReceive().CommitAsync(Arg.Any<IngestionRun>(), Arg.Any<RunNotes>(), Arg.Any<CancellationToken>());
        await _transaction.Received(1).DisposeAsync();
        await _store.Received(1).RecordEndAsync(Arg.Is<IngestionRun>(r => r.Status == RunStatus.Failed), Arg.Any<RunNotes>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task BadRecordsBelowTheThreshold_AreQuarantinedAndTheRestWritten()
    {
        Stored(launchCount: 205, highWaterMark: Mark);
        Serve(Documents.Launch(), Documents.Launch(), Documents.Launch(id: "not-an-id"));

        await Handle(new RunIncrementalIngestionCommand(MaxInvalidPercent: 50));

        await _transaction.Received(1).StageLaunchesAsync(Arg.Is<IReadOnlyList<Staged<Launch>>>(l => l.Count == 2), Arg.Any<CancellationToken>());
        await _transaction.Received(1).ApplyAsync(
            Arg.Is<RunFindings>(f => f.Quarantined.Single().RecordId == "not-an-id"), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task TheHandlerEndsTheRun_WithCountsFromWhatWasApplied_AndTheTransactionRecordsIt()
    {
        Stored(launchCount: 205, highWaterMark: Mark);
        Serve(Documents.Launch(), Documents.Launch(), Documents.Launch(), Documents.Launch(id: "not-an-id"));
        var newest = Mark.AddDays(3);
        Applied.Changes.Returns(new AppliedChanges(LaunchesStaged: 3, Inserted: 1, Updated: 1, RawVersionsAdded: 2, PayloadsWritten: 0, newest));

        var report = await Handle(new RunIncrementalIngestionCommand(MaxInvalidPercent: 50));

        Assert.Equal(new RunCounts(Fetched: 4, Inserted: 1, Updated: 1, Unchanged: 1, Quarantined: 1, RawVersionsAdded: 2), report.Counts);
        await Applied.Received(1).CommitAsync(
            Arg.Is<IngestionRun>(r => r.Status == RunStatus.SucceededWithWarnings && r.Counts == report.Counts && r.HighWaterMark == newest),
            Arg.Is<RunNotes>(n => n.Steps.Select(step => step.Step).SequenceEqual(new[] { "prepare", "fetch, validate, stage", "checks", "write" })),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ALaunchCorrectedToAnEarlierDate_LeavesTheMarkWhereItWas()
    {
        Stored(launchCount: 205, highWaterMark: Mark);
        Applied.Changes.Returns(new AppliedChanges(1, 0, 1, 1, 0, Mark.AddDays(-2)));

        var report = await Handle(new RunIncrementalIngestionCommand());

        Assert.Equal(Mark, report.HighWaterMark);
    }

    [Fact]
    public async Task ALongFetch_LogsItsProgressEveryFiveSeconds_WhenSomethingMoved()
    {
        Stored(launchCount: 205, highWaterMark: Mark);
        _source.FetchLaunchesAsync(Arg.Any<LaunchSelection>(), Arg.Any<CancellationToken>()).Returns(PagesTenSecondsApart(Documents.Launch(), Documents.Launch()));
        var logger = new ListLogger<RunIncrementalIngestionHandler>();

        await new RunIncrementalIngestionHandler(_source, _store, new NoLiveProgress(), _clock, new PipelineMetrics(), _notifier, logger).Handle(new RunIncrementalIngestionCommand(), CancellationToken.None);

        Assert.Equal(
            "Progress (fetching): 1 launches and 0 payloads received, validated and staged so far (5 s)|" + // none at 10 s: nothing moved
            "Progress (fetching): 2 launches and 0 payloads received, validated and staged so far (15 s)",
            string.Join("|", logger.Messages.Where(m => m.StartsWith("Progress (", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task AShortRun_LogsNoProgress()
    {
        Stored(launchCount: 205, highWaterMark: Mark);
        var logger = new ListLogger<RunIncrementalIngestionHandler>();

        await new RunIncrementalIngestionHandler(_source, _store, new NoLiveProgress(), _clock, new PipelineMetrics(), _notifier, logger).Handle(new RunIncrementalIngestionCommand(), CancellationToken.None);

        Assert.DoesNotContain(logger.Messages, m => m.StartsWith("Progress (", StringComparison.Ordinal));
        Assert.NotEmpty(logger.Messages);
    }

    [Fact]
    public async Task DryRun_StartsNoRunRowAndAsksForARolledBackWrite()
    {
        Stored(launchCount: 0, highWaterMark: null);

        var report = await Handle(new RunIncrementalIngestionCommand(DryRun: true));

        Assert.True(report.DryRun);
        await _lock.DidNotReceive().StartRunAsync(Arg.Any<IngestionRun>(), Arg.Any<CancellationToken>());
        await _lock.Received(1).BeginRunTransactionAsync(Arg.Any<IngestionRun>(), true, Arg.Any<CancellationToken>());
        await Applied.Received(1).CommitAsync(Arg.Any<IngestionRun>(), Arg.Any<RunNotes>(), Arg.Any<CancellationToken>());
    }

    private void Serve(params LaunchDocument[] launches) =>
        _source.FetchLaunchesAsync(Arg.Any<LaunchSelection>(), Arg.Any<CancellationToken>()).Returns(Pages(launches));

    /// <summary>One page holding the documents (none when there are none).</summary>
    private static async IAsyncEnumerable<IReadOnlyList<T>> Pages<T>(params T[] documents)
    {
        await Task.Yield();
        if (documents.Length > 0)
        {
            yield return documents;
        }
    }

    private static async IAsyncEnumerable<IReadOnlyList<LaunchDocument>> TwoPages(LaunchDocument first, LaunchDocument second)
    {
        await Task.Yield();
        yield return [first];
        yield return [second];
    }

    /// <summary>Two pages, ten seconds apart on the test's clock.</summary>
    private async IAsyncEnumerable<IReadOnlyList<LaunchDocument>> PagesTenSecondsApart(LaunchDocument first, LaunchDocument second)
    {
        await Task.Yield();
        yield return [first];
        _clock.Advance(TimeSpan.FromSeconds(5));
        _clock.Advance(TimeSpan.FromSeconds(5));
        yield return [second];
        _clock.Advance(TimeSpan.FromSeconds(5));
    }

    private static async IAsyncEnumerable<IReadOnlyList<T>> Failing<T>(Exception error)
    {
        await Task.Yield();
        throw error;
#pragma warning disable CS0162 // an iterator needs a yield to be one
        yield break;
#pragma warning restore CS0162
    }

    private void Stored(int launchCount, DateTimeOffset? highWaterMark, IReadOnlyCollection<string>? upcomingIds = null) =>
        _lock.ReadStateAsync(Arg.Any<CancellationToken>()).Returns(new StoredState(
            highWaterMark, null, false, launchCount, upcomingIds ?? [], new HashSet<string> { Launches.LaunchpadId }, new HashSet<string> { Launches.RocketId }, new HashSet<string>(),
            new Dictionary<RecordKind, SchemaFingerprint>(), [], [], []));

    private async Task<IngestionReport> Handle(RunIncrementalIngestionCommand command) =>
        await new RunIncrementalIngestionHandler(_source, _store, new NoLiveProgress(), _clock, new PipelineMetrics(), _notifier, NullLogger<RunIncrementalIngestionHandler>.Instance)
            .Handle(command, CancellationToken.None);
}
