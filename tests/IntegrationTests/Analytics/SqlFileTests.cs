using Npgsql;
using SpaceX.Application.Analytics.Reports;

namespace SpaceX.IntegrationTests.Analytics;

/// <summary>Every PostgreSQL form under sql/analytics runs, as psql would run it, and returns rows.</summary>
public sealed class SqlFileTests(LoadedSnapshot loaded) : IClassFixture<LoadedSnapshot>
{
    private static readonly IReadOnlyList<string> Files =
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "sql", "analytics"), "*.sql").Select(f => Path.GetFileName(f))];

    public static TheoryData<string> PostgresForms() => [.. Files];

    [Fact]
    public void EveryFile_IsAReportOfTheCatalog_AndEveryReportHasItsFile() =>
        Assert.Equal(
            ReportCatalog.All.Select(r => $"{r.View}.sql").Order(StringComparer.Ordinal),
            Files.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(PostgresForms))]
    public async Task PostgresForm_RunsAndReturnsRows(string file)
    {
        var sql = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "sql", "analytics", file));
        await using var command = loaded.Pipeline.Database.DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();

        Assert.True(await reader.ReadAsync(), $"{file} returned no rows");
        Assert.All(Enumerable.Range(0, reader.FieldCount), i => Assert.Matches("^[a-z_]+$", reader.GetName(i)));
    }
}
