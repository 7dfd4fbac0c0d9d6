using System.Diagnostics;
using SpaceX.IntegrationTests.Support;
using Xunit.Abstractions;

namespace SpaceX.IntegrationTests.Reliability;

/// <summary>
/// kill -9 of the ingest process at chosen moments (during the fetch, inside the write transaction, right before
/// its commit, at a random time), trial after trial: the database is always as before the run or as after a
/// complete one, and the next run completes.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Trials = 24;
    private static readonly string[] Moments = ["fetch", "write", "commit", "random"];
    private Pipeline _pipeline = null!;

    public async Task InitializeAsync() => _pipeline = await Pipeline.StartAsync(asOf: new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public async Task DisposeAsync() => await _pipeline.DisposeAsync();

    [Fact]
    public async Task KillNine_AtAnyMoment_LeavesTheDatabaseBeforeOrAfterTheRun_AndTheNextRunCompletes()
    {
        var random = new Random(20261125);
        await _pipeline.IngestAsync();
        _pipeline.Replay.Latency = TimeSpan.FromMilliseconds(100);
        DateTimeOffset? mark = null;
        var outcomes = new Dictionary<string, int>();
        for (var trial = 0; trial < Trials; trial++)
        {
            _pipeline.Replay.AsOf = _pipeline.Replay.AsOf!.Value.AddDays(60);
            var before = await _pipeline.DataFingerprintAsync(withSnapshots: false);
            var moment = Moments[trial % Moments.Length];

            var killedAt = await RunAndKillAsync(moment, random);
            var afterKill = await _pipeline.DataFingerprintAsync(withSnapshots: false);
            mark = await Invariants.AssertHoldAsync(_pipeline.Database, _pipeline.Replay.AsOf, mark);

            await _pipeline.IngestAsync();
            var complete = await _pipeline.DataFingerprintAsync(withSnapshots: false);
            mark = await Invariants.AssertHoldAsync(_pipeline.Database, _pipeline.Replay.AsOf, mark);

            var state = afterKill == before ? "before" : afterKill == complete ? "after" : "BETWEEN";
            Assert.NotEqual("BETWEEN", state);
            outcomes[$"{killedAt}: {state}"] = outcomes.GetValueOrDefault($"{killedAt}: {state}") + 1;
        }

        Assert.Equal(0L, await _pipeline.Database.ScalarAsync<long>("SELECT count(*) FROM spacex.ingestion_runs WHERE status = 'running'"));
        output.WriteLine($"{Trials} kill -9 trials: {string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} x{o.Value}"))}");
    }

    /// <summary>Starts the CLI and kills it when the chosen moment is seen; returns what it was doing then.</summary>
    private async Task<string> RunAndKillAsync(string moment, Random random)
    {
        var requestsBefore = _pipeline.Replay.RequestCount;
        var randomDelay = TimeSpan.FromMilliseconds(random.Next(300, 2500));
        var clock = Stopwatch.StartNew();
        using var process = CliProcess.Start("ingest", "--api", _pipeline.Replay.BaseAddress.ToString(), "--db", _pipeline.Database.ConnectionString);
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            var activity = await PipelineActivityAsync();
            var hit = moment switch
            {
                "fetch" => _pipeline.Replay.RequestCount > requestsBefore,
                "write" => activity.Contains("stage_", StringComparison.Ordinal) || activity.Contains("raw_launches", StringComparison.Ordinal),
                "commit" => activity.Contains("UPDATE spacex.ingestion_runs SET status", StringComparison.Ordinal) && activity.StartsWith("tx:", StringComparison.Ordinal),
                _ => clock.Elapsed >= randomDelay,
            };
            if (hit)
            {
                process.KillHard();
                await process.WaitAsync();
                await Poll.UntilLocksReleasedAsync(_pipeline.Database); // as a run an hour later would find it
                return moment;
            }
        }

        await process.WaitAsync();
        return $"{moment} (finished first)";
    }

    /// <summary>The last statement of the pipeline's busy connections to the test database ("tx:" when inside a transaction).</summary>
    private async Task<string> PipelineActivityAsync() =>
        await _pipeline.Database.ScalarAsync<string>(
            $"""
            SELECT coalesce(string_agg(CASE WHEN xact_start IS NOT NULL THEN 'tx:' ELSE '' END || query, ' | '), '')
            FROM pg_stat_activity
            WHERE datname = '{_pipeline.Database.Name}' AND pid <> pg_backend_pid() AND state <> 'idle'
            """) ?? "";
}
