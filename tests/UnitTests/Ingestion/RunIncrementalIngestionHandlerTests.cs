using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using SpaceX.Application.Ingestion;
using SpaceX.Application.Ingestion.Documents;
using SpaceX.Application.Ingestion.Quality;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.Domain.Ingestion;
using Launches = SpaceX.UnitTests.Support.Launches;

namespace SpaceX.UnitTests.Ingestion;

public sealed class RunIncrementalIngestionHandlerTests
{
    private static readonly DateTimeOffset Mark = new(2022, 10, 5, 16, 0, 0, TimeSpan.Zero);
    private readonly ILaunchSource _source = Substitute.For<ILaunchSource>();
    private readonly ILaunchStore _store = Substitute.For<ILaunchStore>();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    public RunIncrementalIngestionHandlerTests()
    {
        _store.AcquireRunLockAsync(Arg.Any<bool>(), Arg.Any<CancellationToken>()).Returns(Substitute.For<IAsyncDisposable>());
        _source.FetchLaunchesAsync(Arg.Any<LaunchSelection>(), Arg.Any<CancellationToken>()).Returns([Documents.Launch()]);
        _source.FetchPayloadsAsync(Arg.Any<IReadOnlyCollection<string>?>(), Arg.Any<CancellationToken>()).Returns([]);
        _source.FetchLaunchpadsAsync(Arg.Any<CancellationToken>()).Returns([]);
        _source.FetchRocketsAsync(Arg.Any<CancellationToken>()).Returns([]);
        _source.FieldsSeen.Returns(new Dictionary<string, FieldCensus>());
        _store.WriteAsync(Arg.Any<IngestionRun>(), Arg.Any<IngestionBatch>(), Arg.Any<int>(), Arg.Any<bool>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                var batch = call.Arg<IngestionBatch>();
                var counts = new RunCounts(batch.Launches.Count, batch.Launches.Count, 0, 0, 0, batch.Launches.Count);
                call.Arg<IngestionRun>().Succeed(counts, call.Arg<int>(), Mark, _clock.GetUtcNow());
                return new WriteResult(counts, 0, Mark);
            });
    }

    [Fact]
    public async Task EmptyDatabase_RunsInitial_FetchingEverything()
    {
        Stored(launchCount: 0, highWaterMark: null);

        var report = await Handle(new RunIncrementalIngestionCommand());

        Assert.Equal(IngestionMode.Initial, report.Mode);
        await _source.Received(1).FetchLaunchesAsync(LaunchSelection.All, Arg.Any<CancellationToken>());
        await _source.Received(1).FetchPayloadsAsync(null, Arg.Any<CancellationToken>());
        await _source.Received(1).FetchLaunchpadsAsync(Arg.Any<CancellationToken>());
        await _store.Received(1).StartRunAsync(Arg.Is<IngestionRun>(r => r.Mode == IngestionMode.Initial), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Incremental_RereadsTheLookbackWindowAndStoredUpcomingLaunches()
    {
        var upcoming = Launches.NewId();
        Stored(launchCount: 205, highWaterMark: Mark, upcomingIds: [upcoming]);

        await Handle(new RunIncrementalIngestionCommand(LookbackDays: 10));

        await _source.Received(1).FetchLaunchesAsync(
            Arg.Is<LaunchSelection>(s => s.From == Mark.AddDays(-10) && s.To == null && s.AlsoIds.Single() == upcoming),
            Arg.Any<CancellationToken>());
        await _source.DidNotReceive().FetchLaunchpadsAsync(Arg.Any<CancellationToken>());
        await _source.DidNotReceive().FetchPayloadsAsync(Arg.Any<IReadOnlyCollection<string>?>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Incremental_LaunchOnAnUnknownLaunchpad_FetchesTheLaunchpads()
    {
        Stored(launchCount: 205, highWaterMark: Mark);
        var pad = Launches.NewId();
        _source.FetchLaunchesAsync(Arg.Any<LaunchSelection>(), Arg.Any<CancellationToken>()).Returns([Documents.Launch(launchpad: pad)]);
        _source.FetchLaunchpadsAsync(Arg.Any<CancellationToken>()).Returns([new LaunchpadDocument(pad, "New pad", null, null, null, "active", Documents.Raw())]);

        await Handle(new RunIncrementalIngestionCommand());

        await _source.Received(1).FetchLaunchpadsAsync(Arg.Any<CancellationToken>());
        await _store.Received(1).WriteAsync(
            Arg.Any<IngestionRun>(), Arg.Is<IngestionBatch>(b => b.Launches.Count == 1 && b.Launchpads.Single().Record.Id == pad),
            Arg.Any<int>(), false, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task LockHeldElsewhere_ThrowsRunInProgress_AndStartsNoRun()
    {
        _store.AcquireRunLockAsync(Arg.Any<bool>(), Arg.Any<CancellationToken>()).Returns((IAsyncDisposable?)null);

        await Assert.ThrowsAsync<RunInProgressException>(() => Handle(new RunIncrementalIngestionCommand()));

        await _store.DidNotReceive().StartRunAsync(Arg.Any<IngestionRun>(), Arg.Any<CancellationToken>());
        await _source.DidNotReceive().FetchLaunchesAsync(Arg.Any<LaunchSelection>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task SourceFails_RecordsTheFailedRun_WritesNothing_AndRethrows()
    {
        Stored(launchCount: 205, highWaterMark: Mark);
        _source.FetchLaunchesAsync(Arg.Any<LaunchSelection>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new LaunchSourceException("HTTP 403 (Forbidden) with an HTML page"));

        var error = await Assert.ThrowsAsync<LaunchSourceException>(() => Handle(new RunIncrementalIngestionCommand()));

        Assert.Contains("403", error.Message);
        await _store.Received(1).RecordFailureAsync(
            Arg.Is<IngestionRun>(r => r.Status == RunStatus.Failed && r.Error!.Contains("403")), Arg.Any<CancellationToken>());
        await _store.DidNotReceive().WriteAsync(Arg.Any<IngestionRun>(), Arg.Any<IngestionBatch>(), Arg.Any<int>(), Arg.Any<bool>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task BadRecordsAboveTheThreshold_FailTheRunWithoutWriting()
    {
        Stored(launchCount: 205, highWaterMark: Mark);
        _source.FetchLaunchesAsync(Arg.Any<LaunchSelection>(), Arg.Any<CancellationToken>())
            .Returns([Documents.Launch(), Documents.Launch(date: "yesterday")]);

        var error = await Assert.ThrowsAsync<IngestionFailedException>(() => Handle(new RunIncrementalIngestionCommand(MaxInvalidPercent: 20)));

        Assert.StartsWith("1 of 2 records failed validation (50% > 20%)", error.Message);
        await _store.DidNotReceive().WriteAsync(Arg.Any<IngestionRun>(), Arg.Any<IngestionBatch>(), Arg.Any<int>(), Arg.Any<bool>(), Arg.Any<CancellationToken>());
        await _store.Received(1).RecordFailureAsync(Arg.Is<IngestionRun>(r => r.Status == RunStatus.Failed), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task BadRecordsBelowTheThreshold_AreQuarantinedAndTheRestWritten()
    {
        Stored(launchCount: 205, highWaterMark: Mark);
        _source.FetchLaunchesAsync(Arg.Any<LaunchSelection>(), Arg.Any<CancellationToken>())
            .Returns([Documents.Launch(), Documents.Launch(), Documents.Launch(id: "not-an-id")]);

        await Handle(new RunIncrementalIngestionCommand(MaxInvalidPercent: 50));

        await _store.Received(1).WriteAsync(
            Arg.Any<IngestionRun>(),
            Arg.Is<IngestionBatch>(b => b.Launches.Count == 2 && b.Quarantined.Single().RecordId == "not-an-id"),
            Arg.Any<int>(), false, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task DryRun_StartsNoRunRowAndAsksForARolledBackWrite()
    {
        Stored(launchCount: 0, highWaterMark: null);

        var report = await Handle(new RunIncrementalIngestionCommand(DryRun: true));

        Assert.True(report.DryRun);
        await _store.DidNotReceive().StartRunAsync(Arg.Any<IngestionRun>(), Arg.Any<CancellationToken>());
        await _store.Received(1).WriteAsync(Arg.Any<IngestionRun>(), Arg.Any<IngestionBatch>(), Arg.Any<int>(), true, Arg.Any<CancellationToken>());
    }

    private void Stored(int launchCount, DateTimeOffset? highWaterMark, IReadOnlyCollection<string>? upcomingIds = null) =>
        _store.ReadStateAsync(Arg.Any<CancellationToken>()).Returns(new StoredState(
            highWaterMark, launchCount, upcomingIds ?? [], new HashSet<string> { Launches.LaunchpadId }, new HashSet<string> { Launches.RocketId },
            new Dictionary<string, SchemaFingerprint>()));

    private async Task<IngestionReport> Handle(RunIncrementalIngestionCommand command) =>
        await new RunIncrementalIngestionHandler(_source, _store, _clock, NullLogger<RunIncrementalIngestionHandler>.Instance)
            .Handle(command, CancellationToken.None);
}
