using Npgsql;
using SpaceX.Infrastructure.Database;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Database;

/// <summary>The two Npgsql defaults the pipeline changes, each kept when the connection string sets it.</summary>
public sealed class PipelineDataSourceTests
{
    [Theory]
    [InlineData("Host=db.example;Username=u;Password=p", 0)]
    [InlineData("Host=db.example;Username=u;Password=p;Command Timeout=60", 60)]
    [InlineData("Host=db.example;Username=u;Password=p;CommandTimeout=45", 45)]
    public async Task TheDataSource_HasNoCommandTimeout_UnlessTheConnectionStringGivesOne(string connectionString, int expected)
    {
        await using var database = PostgresDatabase.At(connectionString);

        var dataSource = await database.DataSourceAsync(CancellationToken.None); // opens nothing

        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).CommandTimeout);
    }

    /// <summary>
    /// Npgsql learns the database's own types (here an enum) by reading its type catalogue on the first connection;
    /// the pipeline's data source skips that round trip, unless the connection string asks for it.
    /// </summary>
    [Theory]
    [InlineData("", false)]
    [InlineData(";Server Compatibility Mode=None", true)]
    public async Task TheDataSource_ReadsNoTypeCatalogue_UnlessTheConnectionStringAsksForIt(string setting, bool knowsTheEnum)
    {
        await using var test = await TestDatabase.CreateAsync(migrated: false);
        await test.ExecuteAsync("CREATE TYPE mood AS ENUM ('calm', 'keen')");
        await using var database = PostgresDatabase.At(test.ConnectionString + setting);
        await using var command = (await database.DataSourceAsync(CancellationToken.None)).CreateCommand("SELECT 'keen'::mood");
        await using var reader = await command.ExecuteReaderAsync();

        Assert.Equal(knowsTheEnum, reader.GetDataTypeName(0) == "public.mood");
    }
}
