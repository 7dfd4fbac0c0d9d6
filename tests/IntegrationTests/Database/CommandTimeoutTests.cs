using Npgsql;
using SpaceX.Infrastructure.Database;

namespace SpaceX.IntegrationTests.Database;

/// <summary>A run's bulk statements are not cut at Npgsql's default 30 s; a timeout the user gives is kept.</summary>
public sealed class CommandTimeoutTests
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
}
