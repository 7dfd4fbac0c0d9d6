using System.Diagnostics;
using Npgsql;
using SpaceX.Application.Aggregations.RecomputeAggregations;
using SpaceX.Application.Analytics.GetReport;
using SpaceX.Application.Analytics.Reports;
using SpaceX.Application.Database.MigrateDatabase;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Analytics;

/// <summary>Each report is also a view, made of its file: the view, the file and the CLI give the same rows.</summary>
public sealed class ReportViewTests() : PipelineTests(loadRealSnapshot: true)
{
    public static TheoryData<string> Reports() => [.. ReportCatalog.All.Select(r => r.View)];

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task EveryView_ReturnsTheRowsOfItsReportFile(string report)
    {
        await AddHistoryAsync();
        var file = await ReportFileAsync(report);

        var fromView = await RowsAsync($"SELECT * FROM spacex.{report}");
        var fromFile = await RowsAsync(file);

        Assert.NotEmpty(fromView);
        Assert.Equal(fromFile, fromView);
    }

    [Fact]
    public async Task ReportTrend_IsTheTrendView_AndTheTrendFile()
    {
        await AddHistoryAsync();

        var trend = await Pipeline.SendAsync(new GetReportQuery("trend"));
        var fromView = (await RowsAsync("SELECT * FROM spacex.aggregation_trend")).Select(row => row[(row.IndexOf('|') + 1)..]).ToList();

        Assert.Equal(["initial", "incremental", "manual"], Column(trend, "snapshot_type"));
        Assert.Equal(fromView, trend.Rows.Select(r => Row([.. r.Skip(1)])).ToList());
        Assert.Equal([null, 0, 0], Column(trend, "total_launches_change"));
        Assert.Equal([null, -1, 0], Column(trend, "successful_launches_change"));
    }

    [Fact]
    public async Task AViewMadeFromAnotherFile_IsMadeAgain_AndTheViewOfAReportNoLongerListedIsDropped()
    {
        await Pipeline.Database.ExecuteAsync(
            "DROP VIEW spacex.launch_performance; CREATE VIEW spacex.launch_performance AS SELECT 1 AS year; COMMENT ON VIEW spacex.launch_performance IS 'report sha256:0';" +
            "CREATE VIEW spacex.retired_report AS SELECT 1 AS n; COMMENT ON VIEW spacex.retired_report IS 'report sha256:0';" +
            "CREATE VIEW spacex.analysts_own AS SELECT 1 AS n;");

        var applied = await Pipeline.SendAsync(new MigrateDatabaseCommand());

        Assert.Equal(["view launch_performance", "view retired_report"], applied);
        Assert.Equal(await RowsAsync(await ReportFileAsync("launch_performance")), await RowsAsync("SELECT * FROM spacex.launch_performance"));
        var views = (await Pipeline.Database.ScalarAsync<string>(
            "SELECT string_agg(table_name, ' ') FROM information_schema.views WHERE table_schema = 'spacex'"))!.Split(' ');
        Assert.Equal(ReportCatalog.All.Select(r => r.View).Append("analysts_own").Order(StringComparer.Ordinal), views.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheReadOnlyTrinoRole_ListsAndReadsEveryView()
    {
        var role = $"reader_{Guid.NewGuid():N}";
        var admin = new NpgsqlConnectionStringBuilder(await PostgresServer.AdminConnectionStringAsync());
        var secret = InitScript.SecretFile("reader-password");
        try
        {
            await InitScript.RunAsync("02-trino-reader.sh", Pipeline.Database.Name, new Dictionary<string, string>
            {
                ["TRINO_DB_USER"] = role, ["TRINO_DB_PASSWORD_FILE"] = secret, ["PIPELINE_DB_USER"] = admin.Username!, // the tables' owner here
            });

            var reader = new NpgsqlConnectionStringBuilder(Pipeline.Database.ConnectionString) { Username = role, Password = "reader-password", Pooling = false };
            await using var connection = new NpgsqlConnection(reader.ConnectionString);
            await connection.OpenAsync();
            var listed = new List<string>();
            await using (var views = new NpgsqlCommand("SELECT table_name FROM information_schema.views WHERE table_schema = 'spacex' ORDER BY 1", connection))
            await using (var rows = await views.ExecuteReaderAsync())
            {
                while (await rows.ReadAsync())
                {
                    listed.Add(rows.GetString(0));
                }
            }

            Assert.Equal(ReportCatalog.All.Select(r => r.View).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
            foreach (var view in listed)
            {
                await using var select = new NpgsqlCommand($"SELECT count(*) FROM spacex.{view}", connection);
                Assert.True((long)(await select.ExecuteScalarAsync())! > 0, view);
            }
        }
        finally
        {
            File.Delete(secret);
            NpgsqlConnection.ClearAllPools();
            await Pipeline.Database.ExecuteAsync($"DROP OWNED BY {role}");
            await Pipeline.Database.ExecuteAdminAsync($"DROP ROLE IF EXISTS {role}");
        }
    }

    /// <summary>A changed launch (one success fewer), then a manual snapshot: three rows of history.</summary>
    private async Task AddHistoryAsync()
    {
        Pipeline.Snapshot.Edit("launches", "62dd70d5202306255024d139", l => l["success"] = null);
        await Pipeline.IngestAsync();
        await Pipeline.SendAsync(new RecomputeAggregationsCommand());
    }

    private static Task<string> ReportFileAsync(string view) =>
        File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "sql", "analytics", $"{view}.sql"));

    private static IEnumerable<object?> Column(ReportTable table, string column) =>
        Enumerable.Range(0, table.Rows.Count).Select(i => table.Value(i, column));

    private async Task<List<string>> RowsAsync(string sql)
    {
        await using var command = Pipeline.Database.DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(Row(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray()));
        }

        return rows;
    }

    private static string Row(params object?[] values) =>
        string.Join("|", values.Select(v => v switch
        {
            null => "null",
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => v.ToString(),
        }));
}
