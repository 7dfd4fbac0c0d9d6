using SpaceX.Application.Ingestion;
using SpaceX.Domain.Ingestion;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Ingestion;

/// <summary>
/// One bad record of a collection of a handful, and the launches that name it, do not stop the others; a source broken
/// wholesale still fails the run and writes nothing.
/// </summary>
public sealed class SmallCollectionTests() : PipelineTests(loadRealSnapshot: false)
{
    private const string CcsfsSlc40 = "5e9e4501f509094ba4566f84"; // named by 112 of the 205 launches
    private const string Falcon1 = "5e9d0d95eda69955f709d1eb"; // 5 launches
    private static readonly string TooLong = new('x', 288);

    [Fact]
    public async Task OneBadRocketOfFour_IsQuarantined_ItsLaunchesWaitForIt_AndTheRestLoads()
    {
        Pipeline.Snapshot.Edit("rockets", Falcon1, r => r["name"] = TooLong);

        var report = await Pipeline.IngestAsync();

        Assert.Equal(RunStatus.SucceededWithWarnings, report.Status);
        Assert.Equal(200, report.Counts.Inserted);
        Assert.Equal(5, report.Counts.Quarantined);
        Assert.All(report.Quarantined.Where(q => q.Kind == RecordKind.Launch),
            q => Assert.Equal([$"rocket '{Falcon1}' is not stored: this run quarantined it"], q.Reasons));
        Assert.Contains(report.Warnings, w => w.EndsWith($"rocket {Falcon1} (5 launch(es))", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OneBadLaunchpad_NamedByMostLaunches_HoldsBackOnlyThem_UntilItIsFixed()
    {
        var original = Pipeline.Snapshot.Documents("launchpads").Single(p => (string?)p["id"] == CcsfsSlc40)["name"]!.GetValue<string>();
        Pipeline.Snapshot.Edit("launchpads", CcsfsSlc40, p => p["name"] = TooLong);

        var broken = await Pipeline.IngestAsync();
        Pipeline.Snapshot.Edit("launchpads", CcsfsSlc40, p => p["name"] = original);
        var fixedRun = await Pipeline.IngestAsync();

        Assert.Equal(RunStatus.SucceededWithWarnings, broken.Status);
        Assert.Equal(93, broken.Counts.Inserted);
        Assert.Equal(112, broken.Counts.Quarantined);
        Assert.Equal(RunStatus.Succeeded, fixedRun.Status);
        Assert.Equal(112, fixedRun.Counts.Inserted);
        Assert.Equal(205L, await Pipeline.Database.ScalarAsync<long>("SELECT count(*) FROM spacex.launches"));
    }

    public static TheoryData<string, string> WholesaleBreaks() => new()
    {
        { "every launchpad bad", "6 of 6 launchpad records failed validation (100% > 20%)" },
        { "no launchpad served", "205 of 205 launch records failed validation (100% > 20%)" },
        { "two rockets of four bad", "2 of 4 rocket records failed validation (40% > 20%, counted over at least 5)" },
    };

    [Theory]
    [MemberData(nameof(WholesaleBreaks))]
    public async Task AWholesaleBreak_StillFailsTheRun_AndWritesNothing(string breakage, string error)
    {
        foreach (var pad in Pipeline.Snapshot.Documents("launchpads").Select(p => (string)p["id"]!))
        {
            if (breakage == "every launchpad bad")
            {
                Pipeline.Snapshot.Edit("launchpads", pad, p => p["name"] = TooLong);
            }
            else if (breakage == "no launchpad served")
            {
                Pipeline.Snapshot.Remove("launchpads", pad);
            }
        }

        if (breakage == "two rockets of four bad")
        {
            Pipeline.Snapshot.Edit("rockets", Falcon1, r => r["name"] = TooLong);
            Pipeline.Snapshot.Edit("rockets", "5e9d0d95eda69974db09d1ed", r => r["name"] = TooLong);
        }

        var failure = await Assert.ThrowsAsync<IngestionFailedException>(() => Pipeline.IngestAsync());

        Assert.StartsWith(error, failure.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await Pipeline.Database.ScalarAsync<long>("SELECT count(*) FROM spacex.launches"));
    }
}
