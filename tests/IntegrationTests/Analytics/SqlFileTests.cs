using Npgsql;

namespace SpaceX.IntegrationTests.Analytics;

/// <summary>Every PostgreSQL form under sql/analytics runs, as psql would run it, and returns rows.</summary>
public sealed class SqlFileTests(LoadedSnapshot loaded) : IClassFixture<LoadedSnapshot>
{
    public static TheoryData<string> PostgresForms() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "sql", "analytics"), "*.sql").Select(f => Path.GetFileName(f))];

    [Fact]
    public void AllSixReports_HaveAPostgresForm() => Assert.Equal(6, PostgresForms().Count);

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
