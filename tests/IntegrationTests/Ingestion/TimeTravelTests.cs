using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SpaceX.Application.Analytics.GetReport;
using SpaceX.Application.Analytics.Reports;
using SpaceX.IntegrationTests.Analytics;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Ingestion;

public sealed class TimeTravelTests
{
    [Fact]
    public async Task IncrementalRunsThroughTime_EndWhereOneFullLoadDoes_WithOneRawVersionPerServedState()
    {
        var start = new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await using var travelled = await Pipeline.StartAsync(asOf: start);
        var servedStates = new Dictionary<string, HashSet<string>>();
        for (var asOf = start; asOf <= new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero); asOf = asOf.AddDays(45))
        {
            travelled.Replay.AsOf = asOf;
            await RecordServedStatesAsync(travelled, servedStates);
            await travelled.IngestAsync();
        }

        travelled.Replay.AsOf = null;
        await RecordServedStatesAsync(travelled, servedStates);
        await travelled.IngestAsync();
        await using var direct = await Pipeline.StartAsync();
        await direct.IngestAsync();

        Assert.Equal(await direct.LaunchRowsAsync(), await travelled.LaunchRowsAsync());
        Assert.Equal(
            AggregationSnapshotTests.Figures(await AggregationSnapshotTests.LatestAsync(direct)),
            AggregationSnapshotTests.Figures(await AggregationSnapshotTests.LatestAsync(travelled)));
        const string cores = "SELECT concat_ws('|', launch_id, position, core_id, flight, reused, landing_attempt, landing_success, landing_type, landpad_id) " +
                             "FROM spacex.launch_cores ORDER BY launch_id, position";
        Assert.Equal(await direct.Database.RowsAsync(cores), await travelled.Database.RowsAsync(cores));
        foreach (var name in new[] { "landings", "landing-pads", "booster-reuse" })
        {
            Assert.Equal(Rows(await direct.SendAsync(new GetReportQuery(name))), Rows(await travelled.SendAsync(new GetReportQuery(name))));
        }

        var rawVersions = await RawVersionsAsync(travelled);
        Assert.Equal(servedStates.ToDictionary(s => s.Key, s => s.Value.Count).OrderBy(p => p.Key), rawVersions.OrderBy(p => p.Key));
        Assert.Contains(rawVersions, v => v.Value == 2); // first seen upcoming, then flown
        Assert.Contains(rawVersions, v => v.Value == 3); // ... with its static fire seen in between
    }

    /// <summary>What the replay serves for every launch right now, read independently of the pipeline.</summary>
    private static async Task RecordServedStatesAsync(Pipeline pipeline, Dictionary<string, HashSet<string>> states)
    {
        using var http = new HttpClient { BaseAddress = pipeline.Replay.BaseAddress };
        using var launches = JsonDocument.Parse(await http.GetStringAsync("/v4/launches"));
        foreach (var launch in launches.RootElement.EnumerateArray())
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(launch.GetRawText())));
            var id = launch.GetProperty("id").GetString()!;
            if (!states.TryGetValue(id, out var seen))
            {
                states[id] = seen = [];
            }

            seen.Add(hash);
        }
    }

    private static async Task<Dictionary<string, int>> RawVersionsAsync(Pipeline pipeline)
    {
        await using var command = pipeline.Database.DataSource.CreateCommand("SELECT launch_id, count(*) FROM spacex.raw_launches GROUP BY launch_id");
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new Dictionary<string, int>();
        while (await reader.ReadAsync())
        {
            versions[reader.GetString(0)] = (int)reader.GetInt64(1);
        }

        return versions;
    }

    private static List<string> Rows(ReportTable table) => [.. table.Rows.Select(row => string.Join("|", row))];
}
