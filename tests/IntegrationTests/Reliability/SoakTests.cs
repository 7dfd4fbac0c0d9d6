using System.Globalization;
using SpaceX.ApiReplay.Faults;
using SpaceX.Application.Ingestion;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.IntegrationTests.Support;
using Xunit.Abstractions;

namespace SpaceX.IntegrationTests.Reliability;

/// <summary>
/// Consecutive runs against the replay with random faults and random steps forward in time; the invariants hold
/// after every run, and once the faults stop the launches equal a full load of the same date. SPACEX_SOAK_RUNS
/// and SPACEX_SOAK_SEED choose a longer or another soak by hand (CI: 100 runs, a fixed seed).
/// </summary>
public sealed class SoakTests(ITestOutputHelper output)
{
    private static readonly string[] Faults = ["429x2", "500x2", "500x*", "403", "truncate", "truncate@1", "slow", "429@1", "500@2"];

    [Fact]
    public async Task RunsUnderRandomFaultsAndTimeSteps_KeepTheInvariants_AndEndWhereAFullLoadDoes()
    {
        var runs = int.Parse(Environment.GetEnvironmentVariable("SPACEX_SOAK_RUNS") ?? "100", CultureInfo.InvariantCulture);
        var seed = int.Parse(Environment.GetEnvironmentVariable("SPACEX_SOAK_SEED") ?? "42", CultureInfo.InvariantCulture);
        var random = new Random(seed);
        var asOf = new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await using var pipeline = await Pipeline.StartAsync(asOf: asOf);
        pipeline.Replay.RetryAfter = TimeSpan.Zero;
        pipeline.Replay.SlowDelay = TimeSpan.FromMilliseconds(200);
        DateTimeOffset? mark = null;
        int succeeded = 0, failed = 0;
        for (var run = 0; run < runs; run++)
        {
            asOf = asOf.AddDays(random.Next(0, 40));
            pipeline.Replay.AsOf = asOf;
            foreach (var fault in Enumerable.Range(0, random.Next(0, 3)).Select(_ => Faults[random.Next(Faults.Length)]))
            {
                pipeline.Replay.Faults.Add(FaultRule.Parse(fault));
            }

            try
            {
                await pipeline.IngestAsync(new RunIncrementalIngestionCommand(FullRefresh: random.Next(10) == 0));
                succeeded++;
            }
            catch (SpaceXSourceException)
            {
                failed++;
            }

            pipeline.Replay.Faults.Clear();
            mark = await Invariants.AssertHoldAsync(pipeline.Database, asOf, mark);
        }

        await pipeline.IngestAsync();
        await using var direct = await Pipeline.StartAsync(asOf: asOf);
        await direct.IngestAsync();
        Assert.Equal(await direct.LaunchRowsAsync(), await pipeline.LaunchRowsAsync());

        var faults = pipeline.Replay.Requests.Count(r => r.Fault is not null);
        var rows = await pipeline.Database.ScalarAsync<long>(
            "SELECT (SELECT count(*) FROM spacex.launches) + (SELECT count(*) FROM spacex.raw_launches) + (SELECT count(*) FROM spacex.payloads)");
        output.WriteLine(
            $"soak (seed {seed}): {runs} runs to {asOf:yyyy-MM-dd}, {succeeded} succeeded, {failed} failed on injected faults, " +
            $"{faults} faults injected in {pipeline.Replay.RequestCount} requests; {rows} rows checked after every run; 0 lost, 0 doubled");
        Assert.True(failed > 0 && succeeded > failed, $"{succeeded} succeeded, {failed} failed: the faults should bite but not always");
    }
}
