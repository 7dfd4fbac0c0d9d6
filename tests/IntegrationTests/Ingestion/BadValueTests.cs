using System.Globalization;
using System.Text.Json.Nodes;
using SpaceX.Application.Analytics;
using SpaceX.Application.Analytics.GetLaunchPerformance;
using SpaceX.Application.Ingestion;
using SpaceX.Application.Ingestion.Quality;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.Domain.Ingestion;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Ingestion;

/// <summary>
/// The API as a hostile source: values of the wrong type or beyond what a column stores are quarantined with a
/// reason naming the field, the rest loads, nothing is stored as NULL in place of a value, and the next run with
/// good data loads everything.
/// </summary>
public sealed class BadValueTests() : PipelineTests(loadRealSnapshot: false)
{
    private const string FalconSat = "5eb87cd9ffd86e000604b32a"; // success: false
    private const string Crew5 = "62dd70d5202306255024d139"; // the newest flown launch, inside the look-back window
    private const string Abs3aPayload = "5eb0e4bdb6c3bb0006eeb1f8"; // 1954 kg of ABS-3A / Eutelsat 115W B's 4159 kg
    private const string Abs3a = "5eb87ceaffd86e000604b33e";
    private const string Falcon1 = "5e9d0d95eda69955f709d1eb"; // the rocket of 5 launches
    private const string Ocisly = "5e9e3032383ecb6bb234e7ca"; // the drone ship of 64 landings

    public static TheoryData<string, string, string, string, string> BadValues => new()
    {
        { "launches", FalconSat, "success", "\"false\"", "success: expected true or false, got the string \"false\"" },
        { "payloads", Abs3aPayload, "mass_kg", "\"heavy\"", "mass_kg: expected a number, got the string \"heavy\"" },
        { "payloads", Abs3aPayload, "mass_kg", "1e15", "mass_kg 1000000000000000 cannot be stored: at most 9999999.99 kg with 2 decimals" },
        { "rockets", Falcon1, "name", $"\"{new string('x', 10_000)}\"", "name is 10000 characters long; at most 200 are stored" },
        { "launches", FalconSat, "date_utc", "\"20000-03-24T22:30:00.000Z\"", "date_utc '20000-03-24T22:30:00.000Z' is not an ISO 8601 date" },
        { "launches", FalconSat, "flight_number", "\"1\"", "flight_number: expected an integer, got the string \"1\"" },
        { "launches", FalconSat, "payloads", "{\"id\":1}", "payloads: expected an array of strings, got an object {\"id\":1}" },
        { "launches", FalconSat, "payloads", $"[\"{Abs3aPayload}\", \"ABS-3A\", \"x\"]", "payloads lists a malformed id 'ABS-3A'" },
        { "launches", FalconSat, "cores", "\"one\"", "cores: expected an array, got the string \"one\"" },
        { "landpads", Ocisly, "landing_attempts", "\"many\"", "landing_attempts: expected an integer, got the string \"many\"" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task BadValue_IsQuarantinedNamingTheField_LaterRunsGoOn_AndTheFixLoads(
        string collection, string id, string field, string json, string reason)
    {
        var original = Document(collection, id);
        Pipeline.Snapshot.Edit(collection, id, d => d[field] = JsonNode.Parse(json));
        var lenient = new RunIncrementalIngestionCommand(MaxInvalidPercent: 30); // one bad rocket of four is 25 %

        var first = await Pipeline.IngestAsync(lenient);
        await AssertStoredAsServedAsync();
        var second = await Pipeline.IngestAsync(lenient);
        Restore(collection, original);
        var fixedRun = await Pipeline.IngestAsync();

        Assert.Equal(RunStatus.SucceededWithWarnings, first.Status);
        Assert.Equal([reason], first.Quarantined.Single(q => q.RecordId == id).Reasons);
        Assert.Equal(RunStatus.SucceededWithWarnings, second.Status);
        Assert.Equal(RunStatus.Succeeded, fixedRun.Status);
        Assert.Equal("205 225 6 4", await CountsAsync());
        await AssertStoredAsServedAsync();
    }

    [Fact]
    public async Task QuarantinedPayload_NamesTheLaunchesItAffects_WhoseMassComesFromWhatIsKnown()
    {
        var original = Document("payloads", Abs3aPayload);
        Pipeline.Snapshot.Edit("payloads", Abs3aPayload, p => p["mass_kg"] = "heavy");

        var report = await Pipeline.IngestAsync();
        var massWhileQuarantined = await MassAsync(Abs3a);
        Restore("payloads", original);
        await Pipeline.IngestAsync();

        Assert.Contains(
            $"1 launch(es) list payloads quarantined by this run (total payload mass of the payloads as stored before): " +
            $"ABS-3A / Eutelsat 115W B ({Abs3a}) lists {Abs3aPayload}",
            report.Warnings);
        Assert.Equal(2205m, massWhileQuarantined);
        Assert.Equal(4159m, await MassAsync(Abs3a));
    }

    [Fact]
    public async Task StringOutcome_OnALoadedDatabase_KeepsTheStoredOutcome()
    {
        await Pipeline.IngestAsync();
        Pipeline.Snapshot.Edit("launches", Crew5, l => l["success"] = "true");

        var report = await Pipeline.IngestAsync();

        Assert.Contains("success: expected true or false, got the string \"true\"", report.Quarantined.Single(q => q.RecordId == Crew5).Reasons);
        Assert.True(await Pipeline.Database.ScalarAsync<bool>($"SELECT success FROM spacex.launches WHERE id = '{Crew5}'"));
    }

    [Fact]
    public async Task FullRefresh_ServingEveryOutcomeAsAString_IsRefusedInOneLine_AndChangesNothing()
    {
        await Pipeline.IngestAsync();
        var before = await Pipeline.DataFingerprintAsync();
        var performance = await Pipeline.SendAsync(new GetLaunchPerformanceQuery(YearRange.All));
        var flown = 0;
        foreach (var launch in Pipeline.Snapshot.Documents("launches").Where(l => l["success"] is not null))
        {
            flown++;
            Pipeline.Snapshot.Edit("launches", (string)launch["id"]!, l => l["success"] = l["success"]!.GetValue<bool>() ? "true" : "false");
        }

        var error = await Assert.ThrowsAsync<IngestionFailedException>(
            () => Pipeline.IngestAsync(new RunIncrementalIngestionCommand(FullRefresh: true)));

        Assert.StartsWith($"{flown} of 205 launch records failed validation ({100.0 * flown / 205:0.#}% > 20%): nothing was written. First: launch ", error.Message);
        Assert.Contains("success: expected true or false, got the string", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(before, await Pipeline.DataFingerprintAsync());
        Assert.Equal(performance, await Pipeline.SendAsync(new GetLaunchPerformanceQuery(YearRange.All)));
    }

    [Fact]
    public async Task FieldChangingType_IsSchemaDrift_NamingTheFieldAndBothTypes()
    {
        await Pipeline.IngestAsync();
        Pipeline.Snapshot.Edit("launches", Crew5, l => l["window"] = "instantaneous");
        var before = await Pipeline.DataFingerprintAsync();

        var refused = await Assert.ThrowsAsync<IngestionFailedException>(
            () => Pipeline.IngestAsync(new RunIncrementalIngestionCommand(OnSchemaChange: SchemaChangePolicy.Fail)));
        var unchanged = await Pipeline.DataFingerprintAsync();
        var warned = await Pipeline.IngestAsync();
        var again = await Pipeline.IngestAsync();

        Assert.Contains("field(s) of another type window: string in 1 of", refused.Message);
        Assert.Contains("(was number)", refused.Message);
        Assert.Equal(before, unchanged);
        Assert.Contains(warned.Warnings, w => w.StartsWith("launch documents changed shape: field(s) of another type window: string in 1 of", StringComparison.Ordinal));
        Assert.DoesNotContain(again.Warnings, w => w.Contains("changed shape", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LaunchDeletedInsideTheLookbackWindow_IsReportedMarkedAndLeftOutOfReports_UntilItComesBack()
    {
        await Pipeline.IngestAsync();
        var original = Document("launches", Crew5);
        var launches2022 = (await Pipeline.SendAsync(new GetLaunchPerformanceQuery(new YearRange(2022, 2022))))[0].Launches;
        Pipeline.Snapshot.Remove("launches", Crew5);

        var removed = await Pipeline.IngestAsync();
        var stillRemoved = await Pipeline.IngestAsync();
        var markedWhileRemoved = await RemovedAsync();
        var reportWhileRemoved = (await Pipeline.SendAsync(new GetLaunchPerformanceQuery(new YearRange(2022, 2022))))[0].Launches;
        Pipeline.Snapshot.Add("launches", original);
        await Pipeline.IngestAsync();

        Assert.Contains($"1 stored launch(es) are no longer served by the API (kept, marked removed): {Crew5}", removed.Warnings);
        Assert.DoesNotContain(stillRemoved.Warnings, w => w.Contains("no longer served", StringComparison.Ordinal));
        Assert.Equal(Crew5, markedWhileRemoved);
        Assert.Equal(launches2022 - 1, reportWhileRemoved);
        Assert.Null(await RemovedAsync());
        Assert.Equal(205L, await Pipeline.Database.ScalarAsync<long>("SELECT count(*) FROM spacex.launches"));
    }

    [Fact]
    public async Task LaunchListingAnUnknownPayload_IsStoredAndReported()
    {
        Pipeline.Snapshot.Edit("launches", FalconSat, l => l["payloads"]!.AsArray().Add("000000000000000000000000"));

        var report = await Pipeline.IngestAsync();

        Assert.Empty(report.Quarantined);
        Assert.Contains(
            $"1 launch(es) list payloads the API does not serve (stored; total payload mass of the known ones): FalconSat ({FalconSat}) lists 000000000000000000000000",
            report.Warnings);
        Assert.Equal(205L, await Pipeline.Database.ScalarAsync<long>("SELECT count(*) FROM spacex.launches"));
        await AssertStoredAsServedAsync();
    }

    private JsonObject Document(string collection, string id) =>
        (JsonObject)Pipeline.Snapshot.Documents(collection).Single(d => (string?)d["id"] == id).DeepClone();

    private void Restore(string collection, JsonObject original) =>
        Pipeline.Snapshot.Edit(collection, (string)original["id"]!, document =>
        {
            document.Clear();
            foreach (var (name, value) in original)
            {
                document[name] = value?.DeepClone();
            }
        });

    private Task<string?> CountsAsync() => Pipeline.Database.ScalarAsync<string>(
        "SELECT concat_ws(' ', (SELECT count(*) FROM spacex.launches), (SELECT count(*) FROM spacex.payloads), " +
        "(SELECT count(*) FROM spacex.launchpads), (SELECT count(*) FROM spacex.rockets))");

    private Task<decimal?> MassAsync(string launchId) =>
        Pipeline.Database.ScalarAsync<decimal?>($"SELECT total_payload_mass_kg FROM spacex.launches WHERE id = '{launchId}'");

    private Task<string?> RemovedAsync() =>
        Pipeline.Database.ScalarAsync<string>("SELECT string_agg(id, ',') FROM spacex.launches WHERE removed_at IS NOT NULL");

    /// <summary>Every stored launch and payload holds what the API serves now: no NULL where it sent a value, no value where it sent none.</summary>
    private async Task AssertStoredAsServedAsync()
    {
        await AssertColumnsAsServedAsync("launches", "launches", ["flight_number", "name", "upcoming", "success", "date_precision"]);
        await AssertColumnsAsServedAsync("payloads", "payloads", ["name", "type", "mass_kg", "orbit"]);
        await AssertColumnsAsServedAsync("rockets", "rockets", ["name", "type", "active"]);
        await AssertColumnsAsServedAsync("launchpads", "launchpads", ["name", "full_name", "locality", "region", "status"]);
    }

    private async Task AssertColumnsAsServedAsync(string table, string collection, string[] columns)
    {
        var served = Pipeline.Snapshot.Documents(collection).ToDictionary(d => (string)d["id"]!);
        await using var command = Pipeline.Database.DataSource.CreateCommand($"SELECT id, {string.Join(", ", columns)} FROM spacex.{table}");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var document = served[reader.GetString(0)];
            for (var i = 0; i < columns.Length; i++)
            {
                var stored = reader.IsDBNull(i + 1) ? "null" : Convert.ToString(reader.GetValue(i + 1), CultureInfo.InvariantCulture)!.ToLowerInvariant();
                var sent = document[columns[i]] is { } value ? value.ToString().ToLowerInvariant() : "null";
                Assert.True(decimal.TryParse(sent, CultureInfo.InvariantCulture, out var number) && decimal.TryParse(stored, CultureInfo.InvariantCulture, out var storedNumber)
                    ? number == storedNumber
                    : sent == stored, $"{table} {reader.GetString(0)} {columns[i]}: stored {stored}, served {sent}");
            }
        }
    }
}
