using SpaceX.Application.Ingestion;
using SpaceX.Application.Ingestion.Quality;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Reliability;

public sealed class DriftAndQualityTests() : PipelineTests(loadRealSnapshot: true)
{
    private const string Crew5 = "62dd70d5202306255024d139";

    [Fact]
    public async Task UnexpectedField_IsReportedOnce_AndAcceptedByDefault()
    {
        Pipeline.Snapshot.Edit("launches", Crew5, l => l["booster_colour"] = "white");

        var first = await Pipeline.IngestAsync();
        var second = await Pipeline.IngestAsync();

        Assert.Contains("launch documents changed shape: new field(s) booster_colour", first.Warnings);
        Assert.DoesNotContain(second.Warnings, w => w.Contains("changed shape", StringComparison.Ordinal));
        Assert.Contains("booster_colour", await Pipeline.Database.ScalarAsync<string>(
            "SELECT array_to_string(warnings, ' ') FROM spacex.ingestion_runs ORDER BY started_at DESC OFFSET 1 LIMIT 1"));
    }

    [Fact]
    public async Task MissingField_IsReported()
    {
        Pipeline.Snapshot.Edit("launches", Crew5, l => l.Remove("details"));

        var report = await Pipeline.IngestAsync();

        Assert.Contains(report.Warnings, w => w.StartsWith("launch documents changed shape: missing field(s) details (absent from 1 of", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NestedFieldOfAnotherType_IsReportedByItsPath_OncePerDocument()
    {
        await Pipeline.IngestAsync();
        Pipeline.Snapshot.Edit("launches", Crew5, l =>
        {
            var core = l["cores"]![0]!.AsObject();
            core["flight"] = "fifth";
            l["cores"]!.AsArray().Add(core.DeepClone()); // the same path twice in one document
        });

        var report = await Pipeline.IngestAsync();

        var drift = Assert.Single(report.Warnings, w => w.StartsWith("launch documents changed shape", StringComparison.Ordinal));
        Assert.Contains("field(s) of another type cores[].flight: string in 1 of", drift);
        Assert.EndsWith("(was number)", drift);
    }

    [Fact]
    public async Task SchemaChange_WithFailPolicy_RefusesTheRunAndWritesNothing()
    {
        Pipeline.Snapshot.Edit("launches", Crew5, l =>
        {
            l["booster_colour"] = "white";
            l["name"] = "Crew-5 renamed";
        });
        var before = await Pipeline.DataFingerprintAsync();

        var error = await Assert.ThrowsAsync<IngestionFailedException>(
            () => Pipeline.IngestAsync(new RunIncrementalIngestionCommand(OnSchemaChange: SchemaChangePolicy.Fail)));

        Assert.Contains("new field(s) booster_colour", error.Message);
        Assert.Equal(before, await Pipeline.DataFingerprintAsync());
    }

    [Fact]
    public async Task LaunchTheApiStopsServing_IsReportedAndKept()
    {
        Pipeline.Snapshot.Remove("launches", Crew5);

        var report = await Pipeline.IngestAsync(new RunIncrementalIngestionCommand(FullRefresh: true));

        Assert.Contains($"1 stored launch(es) are no longer served by the API (kept, marked removed): {Crew5}", report.Warnings);
        Assert.Equal(205L, await Pipeline.Database.ScalarAsync<long>("SELECT count(*) FROM spacex.launches"));
    }

    [Fact]
    public async Task UpcomingLaunchTheApiStopsServing_IsReportedByAnIncrementalRun()
    {
        var stored = await Pipeline.Database.ScalarAsync<string>("SELECT id FROM spacex.launches WHERE upcoming ORDER BY date_utc DESC LIMIT 1");
        Pipeline.Snapshot.Remove("launches", stored!);

        var report = await Pipeline.IngestAsync();

        Assert.Contains(report.Warnings, w => w.StartsWith("1 stored launch(es) are no longer served", StringComparison.Ordinal) && w.EndsWith(stored!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UpcomingLaunchesDatedInThePast_AreADataQualityWarning()
    {
        var report = await Pipeline.IngestAsync();

        Assert.Contains(report.Warnings, w => w.StartsWith("18 upcoming launch(es) are dated in the past:", StringComparison.Ordinal));
    }
}
